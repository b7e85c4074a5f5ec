package org.silverbranch.orglife.supervision.internal.rules;

import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationStatus;

/**
 * The bundle's lists as spreadsheets for street offices ({@link Csv}: UTF-8 with BOM, formula-safe), with Chinese
 * headers and labels: the people who open the files are street staff.
 */
public final class Exports {

    public static final List<String> RECTIFICATION_HEADER = List.of("任务编号", "街道", "党组织编号", "党组织",
            "督查日期", "问题描述", "整改期限", "责任人", "状态", "是否逾期", "逾期天数", "完成日期", "整改情况", "取消原因");
    public static final List<String> HEALTH_HEADER = List.of("党组织编号", "党组织", "社区", "党员人数", "正式党员人数",
            "支委委员人数", "书记", "任期开始", "任期结束", "建议", "规则代码", "相关数据", "判断条件", "依据");
    public static final List<String> RETURNS_HEADER = List.of("党员编号", "姓名", "党支部", "外出类型", "外出地点",
            "外出日期", "预计返回日期", "是否逾期未返", "逾期天数");

    private static final Map<RectificationStatus, String> STATUS = Map.of(RectificationStatus.OPEN, "整改中",
            RectificationStatus.DONE, "已完成", RectificationStatus.CANCELLED, "已取消");
    private static final Map<HealthRule, String> RULE = Map.of(
            HealthRule.MERGE, "正式党员不足，建议化并转",
            HealthRule.FORM_COMMITTEE, "应设立支部委员会",
            HealthRule.GENERAL_BRANCH, "党员人数过多，建议成立党总支",
            HealthRule.SECRETARY_VACANT, "书记空缺",
            HealthRule.TERM_EXPIRED, "任期届满，应按期换届");
    private static final Map<ResidencyStatus, String> RESIDENCY = Map.of(ResidencyStatus.RESIDENT, "常住",
            ResidencyStatus.AWAY_SEASONAL, "季节性外出（候鸟）", ResidencyStatus.AWAY_LONG_TERM, "长期外出");

    private Exports() {
    }

    public static byte[] rectifications(List<Rectification> rows) {
        Csv csv = new Csv().row(RECTIFICATION_HEADER.toArray());
        for (Rectification r : rows) {
            csv.row(r.id(), r.streetCode(), r.organizationId(), r.organizationName(), text(r.inspectedOn()),
                    r.description(), text(r.deadline()), r.ownerName(), STATUS.get(r.status()), r.overdue() ? "是" : "否",
                    r.daysOverdue(), text(r.completedOn()), r.completionNote(), r.cancelReason());
        }
        return csv.toBytes();
    }

    /** One line per suggestion; a branch without any (listed with {@code all}) gets one line with empty rule cells. */
    public static byte[] health(List<BranchHealth> branches) {
        Csv csv = new Csv().row(HEALTH_HEADER.toArray());
        for (BranchHealth b : branches) {
            Object[] branch = {b.organizationId(), b.organizationName(), b.communityCode(), b.memberCount(),
                    b.fullMemberCount(), b.committeeMembers(), b.secretary(), text(b.termStart()), text(b.termEnd())};
            if (b.suggestions().isEmpty()) {
                csv.row(concat(branch, "无", null, null, null, null));
            }
            for (HealthSuggestion s : b.suggestions()) {
                csv.row(concat(branch, RULE.get(s.rule()), s.rule().name(), figures(s.figures()), s.threshold(),
                        s.source()));
            }
        }
        return csv.toBytes();
    }

    public static byte[] returns(List<AwayMember> members) {
        Csv csv = new Csv().row(RETURNS_HEADER.toArray());
        for (AwayMember m : members) {
            csv.row(m.memberId(), m.name(), m.branchName(), RESIDENCY.get(m.residency()), m.place(), text(m.since()),
                    text(m.expectedReturn()), m.overdue() ? "是" : "否", m.daysOverdue());
        }
        return csv.toBytes();
    }

    private static String figures(Map<String, String> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return text.toString();
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
