package org.silverbranch.orglife.meetings.internal.rules;

import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.MeetingType;

/** The Chinese names people read in the ledger and the CSV export. */
public final class Labels {

    private Labels() {
    }

    public static String of(MeetingType type) {
        return switch (type) {
            case MEMBER_ASSEMBLY -> "党员大会";
            case BRANCH_COMMITTEE -> "支委会";
            case GROUP_MEETING -> "党小组会";
            case PARTY_LECTURE -> "党课";
            case THEME_PARTY_DAY -> "主题党日";
            case REVIEW_MEETING -> "组织生活会";
            case MEMBER_APPRAISAL -> "民主评议党员会";
            case HEART_TO_HEART -> "谈心谈话";
        };
    }

    public static String of(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> "出席";
            case REMOTE -> "远程参加";
            case ABSENT -> "缺席";
        };
    }

    public static String of(ComplianceStatus status) {
        return switch (status) {
            case MET -> "达标";
            case MISSED -> "未达标";
            case DUE -> "进行中";
        };
    }
}
