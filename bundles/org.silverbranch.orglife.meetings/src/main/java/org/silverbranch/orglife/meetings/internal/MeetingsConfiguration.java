package org.silverbranch.orglife.meetings.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.silverbranch.orglife.meetings.Frequency;
import org.silverbranch.orglife.meetings.internal.rules.CommitteeRule;

/**
 * District settings of meetings and compliance, PID {@code org.silverbranch.orglife.meetings}
 * ({@code etc/org.silverbranch.orglife.meetings.cfg}). Frequencies: Branch Work Regulations
 * (《中国共产党支部工作条例（试行）》, 2018, DOMAIN.md): member assembly about once a quarter, branch committee and Party
 * group meeting about once a month, Party lecture at least once a quarter, theme Party day monthly, review meeting
 * and member appraisal yearly.
 */
@ObjectClassDefinition(name = "Silverbranch organizational life: meetings",
        description = "Required meeting frequencies (Branch Work Regulations 2018) and attachment limits")
public @interface MeetingsConfiguration {

    @AttributeDefinition(description = "党员大会: NONE, MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY")
    Frequency memberAssembly() default Frequency.QUARTERLY;

    @AttributeDefinition(description = "支委会, where the branch has a committee")
    Frequency branchCommittee() default Frequency.MONTHLY;

    @AttributeDefinition(description = "党小组会, where the branch has Party groups")
    Frequency groupMeeting() default Frequency.MONTHLY;

    @AttributeDefinition(description = "党课")
    Frequency partyLecture() default Frequency.QUARTERLY;

    @AttributeDefinition(description = "主题党日")
    Frequency themePartyDay() default Frequency.MONTHLY;

    @AttributeDefinition(description = "组织生活会")
    Frequency reviewMeeting() default Frequency.YEARLY;

    @AttributeDefinition(description = "民主评议党员")
    Frequency memberAppraisal() default Frequency.YEARLY;

    @AttributeDefinition(description = "谈心谈话 (not required by default)")
    Frequency heartToHeart() default Frequency.NONE;

    @AttributeDefinition(description = "When a branch has a committee, so the branch committee meeting is required:"
            + " FULL_MEMBERS (at least committeeMinFullMembers full members), LEADERSHIP (a current committee"
            + " member, deputy secretary beside the secretary recorded), EITHER")
    CommitteeRule committeeRule() default CommitteeRule.FULL_MEMBERS;

    @AttributeDefinition(description = "Full members from which a branch has a committee (Branch Work Regulations 2018:"
            + " 7 or more full members elect a committee)", min = "1")
    int committeeMinFullMembers() default 7;

    @AttributeDefinition(description = "Largest attachment in bytes (1 to 67108864); the core's maxRequestBytes"
            + " (org.silverbranch.core.rest) must be at least as large for uploads to reach this bundle",
            min = "1", max = "67108864")
    long attachmentMaxBytes() default 10L * 1024 * 1024;
}
