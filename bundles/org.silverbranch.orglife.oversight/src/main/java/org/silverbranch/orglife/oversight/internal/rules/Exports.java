package org.silverbranch.orglife.oversight.internal.rules;

import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.oversight.BranchRow;
import org.silverbranch.orglife.oversight.StreetRow;
import org.silverbranch.orglife.oversight.WatchAction;
import org.silverbranch.orglife.oversight.WatchFlag;
import org.silverbranch.orglife.oversight.WatchLevel;
import org.silverbranch.orglife.oversight.WatchReason;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;
import org.silverbranch.orglife.supervision.Rectification;

/**
 * The CSV lists of the alerts and dashboards, for Excel (UTF-8 with BOM, Chinese headers, the values in Chinese as
 * the branch secretaries read them; percentages with one decimal, money in yuan with two).
 */
public final class Exports {

    private static final Map<WatchLevel, String> LEVELS = Map.of(WatchLevel.WARNING, "预警", WatchLevel.CRITICAL, "严重");
    private static final Map<WatchReason, String> REASONS = Map.of(
            WatchReason.NO_ORGANIZATIONAL_LIFE, "未参加组织生活", WatchReason.NO_DUES, "未交纳党费");
    private static final Map<WatchAction, String> ACTIONS = Map.of(WatchAction.TALK_IN_PERSON, "上门谈心谈话",
            WatchAction.REMIND_DUES, "提醒交纳党费", WatchAction.REMOTE_CONTACT, "远程联系");
    private static final Map<ResidencyStatus, String> RESIDENCY = Map.of(ResidencyStatus.RESIDENT, "在本地",
            ResidencyStatus.AWAY_SEASONAL, "候鸟外出", ResidencyStatus.AWAY_LONG_TERM, "长期外出");
    private static final Map<HealthRule, String> RULES = Map.of(HealthRule.MERGE, "化并转（正式党员不足）",
            HealthRule.FORM_COMMITTEE, "应设支部委员会", HealthRule.GENERAL_BRANCH, "宜设党总支",
            HealthRule.SECRETARY_VACANT, "书记空缺", HealthRule.TERM_EXPIRED, "任期届满");
    private static final Map<ComplianceStatus, String> COMPLIANCE = Map.of(ComplianceStatus.MET, "达标",
            ComplianceStatus.MISSED, "未达标", ComplianceStatus.DUE, "进行中");

    private Exports() {
    }

    public static byte[] watch(List<WatchFlag> flags) {
        Csv csv = new Csv().row("级别", "原因", "月数", "起算月份", "党员编号", "姓名", "支部编号", "支部", "居住状态",
                "预计返回", "最近参加组织生活", "最近交纳党费月份", "建议措施");
        for (WatchFlag f : flags) {
            csv.row(LEVELS.get(f.level()), REASONS.get(f.reason()), f.months(), f.since(), f.memberId(), f.name(),
                    f.branchId(), f.branchName(), RESIDENCY.get(f.residency()), f.expectedReturn(),
                    f.lastParticipation(), f.lastPaidMonth(), ACTIONS.get(f.action()));
        }
        return csv.toBytes();
    }

    /** One line per suggestion. */
    public static byte[] health(List<BranchHealth> branches) {
        Csv csv = new Csv().row("支部编号", "支部", "社区代码", "党员数", "正式党员数", "委员数", "书记", "任期届满",
                "建议", "条件", "依据");
        for (BranchHealth b : branches) {
            for (HealthSuggestion s : b.suggestions()) {
                csv.row(b.organizationId(), b.organizationName(), b.communityCode(), b.memberCount(),
                        b.fullMemberCount(), b.committeeMembers(), b.secretary(), b.termEnd(), RULES.get(s.rule()),
                        s.threshold(), s.source());
            }
        }
        return csv.toBytes();
    }

    /** Places as the core answers them: masked. */
    public static byte[] returns(List<AwayMember> members) {
        Csv csv = new Csv().row("党员编号", "姓名", "支部编号", "支部", "居住状态", "外出地点", "外出日期", "预计返回",
                "逾期", "逾期天数");
        for (AwayMember a : members) {
            csv.row(a.memberId(), a.name(), a.branchId(), a.branchName(), RESIDENCY.get(a.residency()), a.place(),
                    a.since(), a.expectedReturn(), a.overdue() ? "是" : "否", a.daysOverdue());
        }
        return csv.toBytes();
    }

    public static byte[] rectifications(List<Rectification> tasks) {
        Csv csv = new Csv().row("任务编号", "支部编号", "支部", "督查日期", "问题", "整改期限", "责任人", "逾期天数");
        for (Rectification t : tasks) {
            csv.row(t.id(), t.organizationId(), t.organizationName(), t.inspectedOn(), t.description(), t.deadline(),
                    t.ownerName(), t.daysOverdue());
        }
        return csv.toBytes();
    }

    public static byte[] branches(List<BranchRow> rows) {
        Csv csv = new Csv().row("支部编号", "支部", "会议达标状态", "达标次数", "未达标次数", "会议达标率(%)",
                "党费收缴率(%)", "按月交纳率(%)", "欠缴党费(元)", "参与率(%)", "召开会议数");
        for (BranchRow r : rows) {
            csv.row(r.organizationId(), r.organizationId() == null ? "未编入支部的党员" : r.name(),
                    r.complianceStatus() == null ? null : COMPLIANCE.get(r.complianceStatus()), r.slotsMet(),
                    r.slotsMissed(), r.compliancePercent(), r.duesCollectionPercent(), r.duesMonthsPaidPercent(),
                    Percent.yuan(r.duesOwedFen()), r.participationPercent(), r.meetingsHeld());
        }
        return csv.toBytes();
    }

    public static byte[] streets(List<StreetRow> rows) {
        Csv csv = new Csv().row("街道代码", "街道", "支部数", "未达标支部数", "会议达标率(%)", "党费收缴率(%)",
                "按月交纳率(%)", "欠缴党费(元)", "参与率(%)", "召开会议数", "一星", "二星", "三星", "四星", "五星",
                "未完成整改", "逾期整改");
        for (StreetRow r : rows) {
            Map<Integer, Long> s = r.stars();
            csv.row(r.streetCode(), r.name(), r.branches(), r.branchesMissed(), r.compliancePercent(),
                    r.duesCollectionPercent(), r.duesMonthsPaidPercent(), Percent.yuan(r.duesOwedFen()),
                    r.participationPercent(), r.meetingsHeld(), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5),
                    r.openRectifications(), r.overdueRectifications());
        }
        return csv.toBytes();
    }
}
