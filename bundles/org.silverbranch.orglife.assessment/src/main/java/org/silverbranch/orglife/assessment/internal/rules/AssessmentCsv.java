package org.silverbranch.orglife.assessment.internal.rules;

import java.util.Map;
import java.util.stream.Collectors;

import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.CriterionResult;
import org.silverbranch.orglife.assessment.CriterionStatus;
import org.silverbranch.orglife.assessment.RatingStatus;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.StarMovement;
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.StreetStarRatings;
import org.silverbranch.orglife.assessment.StreetSubsidies;

/** The street lists for Excel, with Chinese headers and values; money in yuan with two decimals. */
public final class AssessmentCsv {

    static final Map<BranchClass, String> CLASSES = Map.of(BranchClass.FIRST, "一类", BranchClass.SECOND, "二类",
            BranchClass.THIRD, "三类");
    static final Map<StarMovement, String> MOVEMENTS = Map.of(StarMovement.UP, "晋位", StarMovement.SAME, "持平",
            StarMovement.DOWN, "降位", StarMovement.FIRST, "首次评定");
    static final Map<RatingStatus, String> STATUSES = Map.of(RatingStatus.DRAFT, "草稿", RatingStatus.CONFIRMED,
            "已确认");
    static final Map<SecretaryGrade, String> GRADES = Map.of(SecretaryGrade.EXCELLENT, "优秀", SecretaryGrade.GOOD,
            "良好", SecretaryGrade.PASS, "合格", SecretaryGrade.FAIL, "不合格");

    private AssessmentCsv() {
    }

    /** Fen as yuan with two decimals, e.g. 30000 → 300.00 (exact: integer arithmetic). */
    static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }

    public static byte[] starRatings(StreetStarRatings list) {
        Csv csv = new Csv().row("年度", "党支部", "状态", "得分", "星级", "类别", "上年星级", "上年类别", "晋位升级",
                "各项得分");
        for (StarRating r : list.ratings()) {
            csv.row(r.year(), r.organizationName(), STATUSES.get(r.status()), r.score(), r.stars(),
                    name(CLASSES, r.branchClass()), r.previousStars(), name(CLASSES, r.previousClass()),
                    name(MOVEMENTS, r.movement()), items(r));
        }
        for (StreetStarRatings.Unrated u : list.unrated()) {
            csv.row(list.year(), u.organizationName(), "未评定", null, null, null, null, null, null, null);
        }
        return csv.toBytes();
    }

    public static byte[] subsidies(StreetSubsidies list) {
        Csv csv = new Csv().row("年度", "党支部", "书记", "党员编号", "上年考核等级", "月补贴（元）", "应发月数", "已发月数",
                "应发（元）", "已发（元）", "未发（元）");
        for (StreetSubsidies.Row r : list.secretaries()) {
            csv.row(list.year(), r.organizationName(), r.memberName(), r.memberId(), GRADES.get(r.grade()),
                    yuan(r.monthlyFen()), r.monthsDue(), r.monthsPaid(), yuan(r.dueFen()),
                    yuan(r.paidFen()), yuan(r.owedFen()));
        }
        csv.row(list.year(), "合计", null, null, null, null, null, null, yuan(list.dueFen()),
                yuan(list.paidFen()), yuan(list.owedFen()));
        return csv.toBytes();
    }

    /** e.g. {@code 三会一课 20/25；党费 无数据；台账 未评分} */
    static String items(StarRating r) {
        return r.criteria().stream().map(AssessmentCsv::item).collect(Collectors.joining("；"));
    }

    private static String item(CriterionResult c) {
        if (c.status() == CriterionStatus.NOT_AVAILABLE) {
            return c.name() + " 无数据";
        }
        if (c.status() == CriterionStatus.SOURCE_FAILED) {
            return c.name() + " 取数失败";
        }
        if (c.status() == CriterionStatus.NOT_SCORED) {
            return c.name() + " 未评分";
        }
        return c.name() + " " + c.earned() + "/" + c.points();
    }

    private static <E> String name(Map<E, String> names, E value) {
        return value == null ? null : names.get(value);
    }
}
