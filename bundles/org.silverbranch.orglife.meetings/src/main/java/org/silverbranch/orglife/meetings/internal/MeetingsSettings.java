package org.silverbranch.orglife.meetings.internal;

import java.util.EnumMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.orglife.meetings.Frequency;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.internal.rules.ComplianceRules;

/**
 * The district settings as the services read them; a configuration change applies to the next request.
 * The one component of the bundle bound to the PID, so every service sees the same values.
 */
@Component(service = MeetingsSettings.class, configurationPid = MeetingsSettings.PID)
@Designate(ocd = MeetingsConfiguration.class)
public class MeetingsSettings {

    public static final String PID = "org.silverbranch.orglife.meetings";
    /** The BLOB column's size on Derby (V002): no larger attachment can be stored. */
    public static final long MAX_ATTACHMENT_BYTES = 64L * 1024 * 1024;

    private volatile ComplianceRules rules;
    private volatile long attachmentMaxBytes;

    @Activate
    public MeetingsSettings(MeetingsConfiguration config) {
        apply(config);
    }

    /** Settings with the given values (tests). */
    public MeetingsSettings(ComplianceRules rules, long attachmentMaxBytes) {
        this.rules = rules;
        this.attachmentMaxBytes = attachmentMaxBytes;
    }

    @Modified
    void modified(MeetingsConfiguration config) {
        apply(config);
    }

    private void apply(MeetingsConfiguration c) {
        Map<MeetingType, Frequency> f = new EnumMap<>(MeetingType.class);
        f.put(MeetingType.MEMBER_ASSEMBLY, c.memberAssembly());
        f.put(MeetingType.BRANCH_COMMITTEE, c.branchCommittee());
        f.put(MeetingType.GROUP_MEETING, c.groupMeeting());
        f.put(MeetingType.PARTY_LECTURE, c.partyLecture());
        f.put(MeetingType.THEME_PARTY_DAY, c.themePartyDay());
        f.put(MeetingType.REVIEW_MEETING, c.reviewMeeting());
        f.put(MeetingType.MEMBER_APPRAISAL, c.memberAppraisal());
        f.put(MeetingType.HEART_TO_HEART, c.heartToHeart());
        rules = new ComplianceRules(f, c.committeeRule(), Math.max(1, c.committeeMinFullMembers()));
        attachmentMaxBytes = Math.max(1, Math.min(MAX_ATTACHMENT_BYTES, c.attachmentMaxBytes()));
    }

    public ComplianceRules rules() {
        return rules;
    }

    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }
}
