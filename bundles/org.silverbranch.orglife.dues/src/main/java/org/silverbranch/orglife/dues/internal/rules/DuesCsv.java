package org.silverbranch.orglife.dues.internal.rules;

import java.util.List;
import java.util.function.Function;

import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.dues.StreetFigures;

/**
 * The arrears lists for Excel: Chinese headers, yuan with two decimals (exact, from fen), an unknown due as
 * {@value #UNKNOWN} (never 0).
 */
public final class DuesCsv {

    static final String UNKNOWN = "未知（未申报养老金）";

    private DuesCsv() {
    }

    /** One line per member: of a branch, or of a street with the branch's name from {@code branchName}. */
    public static byte[] members(List<MemberLine> lines, Function<Long, String> branchName) {
        Csv csv = new Csv().row("党员编号", "姓名", "所在支部", "状态", "已申报养老金", "月党费（元）", "应缴月数",
                "已缴月数", "已缴金额（元）", "欠缴月数", "欠缴金额（元）", "最近缴纳月份", "连续欠缴月数");
        for (MemberLine l : lines) {
            MemberFacts m = l.member();
            csv.row(m.memberId(), m.name(), branchName.apply(m.branchId()), m.active() ? "在册" : "已转出或去世",
                    m.pensionDeclared() ? "是" : "否",
                    l.monthlyDueFen() == null ? UNKNOWN : Yuan.of(l.monthlyDueFen()), l.monthsDue(), l.monthsPaid(),
                    Yuan.of(l.paidFen()), l.monthsOwed(), l.owedFen() == null ? UNKNOWN : Yuan.of(l.owedFen()),
                    l.lastPaid() == null ? null : l.lastPaid().toString(), l.consecutiveMonthsOwed());
        }
        return csv.toBytes();
    }

    /** One line per street, and the district's total. */
    public static byte[] streets(List<StreetFigures> streets, DuesTotals district) {
        Csv csv = new Csv().row("街道代码", "街道", "党员数", "未申报养老金人数", "应缴月数", "已缴月数", "欠缴月数",
                "欠缴月数（金额未知）", "应缴金额（元）", "已缴金额（元）", "欠缴金额（元）", "收缴率（%）");
        for (StreetFigures s : streets) {
            totals(csv, s.streetCode(), s.name(), s.totals());
        }
        totals(csv, null, "全区合计", district);
        return csv.toBytes();
    }

    private static void totals(Csv csv, String code, String name, DuesTotals t) {
        csv.row(code, name, t.members(), t.membersWithoutPension(), t.monthsDue(), t.monthsPaid(), t.monthsOwed(),
                t.monthsOwedUnknownDue(), Yuan.of(t.dueFen()), Yuan.of(t.paidFen()), Yuan.of(t.owedFen()),
                t.collectionPercent());
    }
}
