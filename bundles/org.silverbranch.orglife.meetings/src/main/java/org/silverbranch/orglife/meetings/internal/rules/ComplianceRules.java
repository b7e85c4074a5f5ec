package org.silverbranch.orglife.meetings.internal.rules;

import java.util.EnumMap;
import java.util.Map;

import org.silverbranch.orglife.meetings.Frequency;
import org.silverbranch.orglife.meetings.MeetingType;

/** The district's compliance settings: each kind's frequency and when a branch has a committee. */
public record ComplianceRules(Map<MeetingType, Frequency> frequencies, CommitteeRule committeeRule,
                              int committeeMinFullMembers) {

    public ComplianceRules {
        Map<MeetingType, Frequency> all = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            all.put(type, frequencies.getOrDefault(type, Frequency.NONE));
        }
        frequencies = Map.copyOf(all);
    }

    /** The defaults of the Branch Work Regulations 2018 (DOMAIN.md). */
    public static ComplianceRules regulations2018() {
        Map<MeetingType, Frequency> f = new EnumMap<>(MeetingType.class);
        f.put(MeetingType.MEMBER_ASSEMBLY, Frequency.QUARTERLY);
        f.put(MeetingType.BRANCH_COMMITTEE, Frequency.MONTHLY);
        f.put(MeetingType.GROUP_MEETING, Frequency.MONTHLY);
        f.put(MeetingType.PARTY_LECTURE, Frequency.QUARTERLY);
        f.put(MeetingType.THEME_PARTY_DAY, Frequency.MONTHLY);
        f.put(MeetingType.REVIEW_MEETING, Frequency.YEARLY);
        f.put(MeetingType.MEMBER_APPRAISAL, Frequency.YEARLY);
        return new ComplianceRules(f, CommitteeRule.FULL_MEMBERS, 7);
    }

    public Frequency frequency(MeetingType type) {
        return frequencies.get(type);
    }

    /** Whether a branch of these facts has a committee under the rule. */
    public boolean hasCommittee(int fullMembers, boolean leadershipHasCommittee) {
        boolean bySize = fullMembers >= committeeMinFullMembers;
        return switch (committeeRule) {
            case FULL_MEMBERS -> bySize;
            case LEADERSHIP -> leadershipHasCommittee;
            case EITHER -> bySize || leadershipHasCommittee;
        };
    }
}
