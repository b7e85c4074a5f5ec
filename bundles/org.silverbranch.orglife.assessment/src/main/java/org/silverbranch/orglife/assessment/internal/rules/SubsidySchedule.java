package org.silverbranch.orglife.assessment.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.SubsidyMonth;
import org.silverbranch.orglife.assessment.SubsidyMonth.Status;

/**
 * A secretary's subsidy month by month. The assessment of year Y sets the subsidy of each month of Y + 1 in which
 * the member is the assessed branch's secretary (a term runs on one of its days), at the amount the grade had in
 * the district table when assessed. A paid month shows what was paid. A month still to come is UPCOMING, not due.
 */
public final class SubsidySchedule {

    public static final String NOT_ASSESSED = "NOT_ASSESSED";
    public static final String NOT_SECRETARY = "NOT_SECRETARY";
    public static final String ZERO_AMOUNT = "ZERO_AMOUNT";

    private SubsidySchedule() {
    }

    /** An assessment of the year before with the member's secretary terms in its branch. */
    public record Basis(long assessmentId, long organizationId, SecretaryGrade grade, long monthlyFen,
                        List<OfficeTerms.Term> terms) {
    }

    public record Paid(long assessmentId, long organizationId, long amountFen, LocalDate paidOn) {
    }

    /** A month as shown, with the assessment that makes it due (null when none does). */
    public record Entry(SubsidyMonth month, Basis basis) {
    }

    /**
     * @param bases        the member's assessments of {@code year - 1}, in the order to prefer when two branches cover
     *                     the same month
     * @param paidByMonth  month number 1..12 → the payment of that month
     * @param currentMonth months after it are UPCOMING
     */
    public static List<Entry> months(int year, List<Basis> bases, Map<Integer, Paid> paidByMonth,
                                     YearMonth currentMonth) {
        List<Entry> entries = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            entries.add(month(YearMonth.of(year, m), bases, paidByMonth.get(m), currentMonth));
        }
        return entries;
    }

    public static Entry month(YearMonth month, List<Basis> bases, Paid paid, YearMonth currentMonth) {
        if (paid != null) {
            Basis basis = bases.stream().filter(b -> b.assessmentId() == paid.assessmentId()).findFirst().orElse(null);
            return new Entry(new SubsidyMonth(month, Status.PAID, null, paid.organizationId(),
                    basis == null ? null : basis.grade(), paid.amountFen(), paid.amountFen(), paid.paidOn()), basis);
        }
        Basis basis = bases.stream().filter(b -> OfficeTerms.covers(b.terms(), month)).findFirst().orElse(null);
        if (basis == null) {
            String reason = bases.isEmpty() ? NOT_ASSESSED : NOT_SECRETARY;
            return new Entry(new SubsidyMonth(month, Status.NOT_DUE, reason, null, null, 0, 0, null), null);
        }
        if (basis.monthlyFen() == 0) {
            return new Entry(new SubsidyMonth(month, Status.NOT_DUE, ZERO_AMOUNT, basis.organizationId(),
                    basis.grade(), 0, 0, null), basis);
        }
        Status status = month.isAfter(currentMonth) ? Status.UPCOMING : Status.DUE;
        return new Entry(new SubsidyMonth(month, status, null, basis.organizationId(), basis.grade(),
                basis.monthlyFen(), 0, null), basis);
    }

    /** Due: the DUE and PAID months' amounts (UPCOMING ones are not due yet). */
    public static long dueFen(List<SubsidyMonth> months) {
        return months.stream().filter(m -> m.status() == Status.DUE || m.status() == Status.PAID)
                .mapToLong(SubsidyMonth::dueFen).sum();
    }

    public static long paidFen(List<SubsidyMonth> months) {
        return months.stream().mapToLong(SubsidyMonth::paidFen).sum();
    }
}
