package org.silverbranch.orglife.assessment.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.CriterionKind;
import org.silverbranch.orglife.assessment.CriterionScore;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.StarCriterion;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.SubsidyPaymentInput;

/**
 * The field rules of the requests, each failure a field problem so the user sees every wrong field at once. Pure:
 * "today" is given.
 */
public final class InputRules {

    /** The Party's founding year: no record reaches further back. */
    public static final int FIRST_YEAR = 1921;
    public static final int MAX_NOTE = 500;
    public static final int MAX_COMMENTS = 2000;
    public static final int MAX_EVIDENCE = 2000;
    public static final int MAX_CRITERION_EVIDENCE = 1000;
    public static final int MAX_MONTHS_PER_PAYMENT = 24;

    private InputRules() {
    }

    /** A year of a list or ledger: 1921 up to next year (a subsidy ledger shows the months to come). */
    public static void listYear(Problems p, String field, int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            p.add(field, "OUT_OF_RANGE", FIRST_YEAR, today.getYear() + 1);
        }
    }

    /** A year of a record: 1921 up to this year (nothing is appraised, rated or assessed ahead). */
    public static boolean year(Problems p, String field, Integer year, LocalDate today) {
        if (!p.require(field, year)) {
            return false;
        }
        if (year < FIRST_YEAR || year > today.getYear()) {
            p.add(field, "OUT_OF_RANGE", FIRST_YEAR, today.getYear());
            return false;
        }
        return true;
    }

    /**
     * The day of an appraisal or assessment of a year: not in the future, and in the year or the next (the
     * appraisal of a year is often held in the first weeks of the next; 组织生活会和民主评议党员, 支部工作条例 art. 19).
     */
    public static void dayOfYearOrNext(Problems p, String field, LocalDate day, int year, LocalDate today) {
        if (day == null) {
            return;
        }
        if (day.isAfter(today)) {
            p.add(field, "DATE_IN_FUTURE");
        } else if (day.getYear() != year && day.getYear() != year + 1) {
            p.add(field, "DATE_NOT_IN_YEAR_OR_NEXT", year, year + 1);
        }
    }

    public static Problems appraisal(AppraisalInput in, int year, LocalDate today) {
        Problems p = new Problems();
        if (in == null) {
            return p.add("result", "REQUIRED");
        }
        boolean knownYear = year(p, "year", year, today);
        p.require("result", in.result());
        if (p.require("appraisedOn", in.appraisedOn()) && knownYear) {
            dayOfYearOrNext(p, "appraisedOn", in.appraisedOn(), year, today);
        }
        p.maxLength("note", in.note(), MAX_NOTE);
        return p;
    }

    /** The assessment's fields; {@code assessedOn} may be absent: today, which must then fit the year as well. */
    public static Problems secretaryAssessment(SecretaryAssessmentInput in, LocalDate today) {
        Problems p = new Problems();
        if (in == null) {
            return p.add("year", "REQUIRED");
        }
        boolean year = year(p, "year", in.year(), today);
        p.require("grade", in.grade());
        p.maxLength("comments", in.comments(), MAX_COMMENTS);
        if (year) {
            dayOfYearOrNext(p, "assessedOn", in.assessedOn() == null ? today : in.assessedOn(), in.year(), today);
        }
        return p;
    }

    /**
     * The rating's own fields and the scores against the criteria of the rating (by key).
     *
     * @param creating a create: {@code year} required, {@code version} and {@code confirm} not allowed; an update:
     *                 {@code version} required, {@code year} not allowed
     */
    public static Problems starRating(StarRatingInput in, boolean creating, Map<String, StarCriterion> criteria,
                                      LocalDate today) {
        Problems p = new Problems();
        if (in == null) {
            return p.add(creating ? "year" : "version", "REQUIRED");
        }
        if (creating) {
            year(p, "year", in.year(), today);
            if (in.version() != null) {
                p.add("version", "NOT_ALLOWED_ON_CREATE");
            }
            if (Boolean.TRUE.equals(in.confirm())) {
                p.add("confirm", "NOT_ALLOWED_ON_CREATE");
            }
        } else {
            p.require("version", in.version());
            if (in.year() != null) {
                p.add("year", "NOT_CHANGEABLE");
            }
        }
        if (in.stars() != null && !StarScoring.validStars(in.stars())) {
            p.add("stars", "OUT_OF_RANGE", StarScoring.MIN_STARS, StarScoring.MAX_STARS);
        }
        p.maxLength("evidence", in.evidence(), MAX_EVIDENCE);
        p.maxLength("note", in.note(), MAX_NOTE);
        scores(p, in.scores(), criteria);
        return p;
    }

    /** Each score names a scored criterion of the table once, 0..its points. */
    public static void scores(Problems p, List<CriterionScore> scores, Map<String, StarCriterion> criteria) {
        if (scores == null) {
            return;
        }
        if (scores.size() > criteria.size()) {
            p.add("scores", "TOO_MANY_ITEMS", criteria.size());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore s = scores.get(i);
            String at = "scores[" + i + "]";
            if (s == null || s.criterion() == null || s.criterion().isBlank()) {
                p.add(at + ".criterion", "REQUIRED");
                continue;
            }
            StarCriterion criterion = criteria.get(s.criterion());
            if (criterion == null) {
                p.add(at + ".criterion", "UNKNOWN_CRITERION", s.criterion());
                continue;
            }
            if (!seen.add(s.criterion())) {
                p.add(at + ".criterion", "DUPLICATE_CRITERION", s.criterion());
                continue;
            }
            if (criterion.kind() != CriterionKind.SCORED) {
                p.add(at + ".criterion", "NOT_SCORED_CRITERION", s.criterion());
                continue;
            }
            if (s.score() != null && (s.score() < 0 || s.score() > criterion.points())) {
                p.add(at + ".score", "OUT_OF_RANGE", 0, criterion.points());
            }
            p.maxLength(at + ".evidence", s.evidence(), MAX_CRITERION_EVIDENCE);
        }
    }

    /**
     * The months of a payment: some, at most {@value #MAX_MONTHS_PER_PAYMENT}, each once, none after the month of
     * the payment day, which is not in the future.
     */
    public static Problems payment(SubsidyPaymentInput in, LocalDate paidOn, LocalDate today) {
        Problems p = new Problems();
        if (in == null || in.months() == null || in.months().isEmpty()) {
            return p.add("months", "REQUIRED");
        }
        if (in.months().size() > MAX_MONTHS_PER_PAYMENT) {
            p.add("months", "TOO_MANY_ITEMS", MAX_MONTHS_PER_PAYMENT);
        }
        if (paidOn.isAfter(today)) {
            p.add("paidOn", "DATE_IN_FUTURE");
        }
        p.maxLength("note", in.note(), MAX_NOTE);
        YearMonth paidMonth = YearMonth.from(paidOn);
        Set<YearMonth> seen = new HashSet<>();
        for (int i = 0; i < in.months().size(); i++) {
            YearMonth m = in.months().get(i);
            String at = "months[" + i + "]";
            if (m == null) {
                p.add(at, "REQUIRED");
            } else if (!seen.add(m)) {
                p.add(at, "DUPLICATE_MONTH", m);
            } else if (m.getYear() < FIRST_YEAR) {
                p.add(at, "OUT_OF_RANGE", FIRST_YEAR, today.getYear());
            } else if (m.isAfter(paidMonth)) {
                p.add(at, "MONTH_IN_FUTURE", m);
            }
        }
        return p;
    }
}
