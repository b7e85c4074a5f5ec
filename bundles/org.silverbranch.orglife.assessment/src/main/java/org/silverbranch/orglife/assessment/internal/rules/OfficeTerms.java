package org.silverbranch.orglife.assessment.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.orglife.assessment.BranchFigure;

/**
 * Secretary terms from the core's leadership (current and past terms), and the months they cover. A term covers a
 * month when it runs on at least one of its days; a term without an end runs on.
 */
public final class OfficeTerms {

    private OfficeTerms() {
    }

    public record Term(long memberId, String memberName, LocalDate start, LocalDate end) {

        public boolean covers(YearMonth month) {
            boolean startedBy = start == null || !start.isAfter(month.atEndOfMonth());
            boolean notEndedBefore = end == null || !end.isBefore(month.atDay(1));
            return startedBy && notEndedBefore;
        }

        public boolean overlaps(int year) {
            for (int m = 1; m <= 12; m++) {
                if (covers(YearMonth.of(year, m))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The secretary terms of the leadership, current and past; only the member's when {@code memberId} is given. */
    public static List<Term> secretaryTerms(Leadership leadership, Long memberId) {
        List<Term> terms = new ArrayList<>();
        List<Leader> all = new ArrayList<>();
        if (leadership.current() != null) {
            all.addAll(leadership.current());
        }
        if (leadership.past() != null) {
            all.addAll(leadership.past());
        }
        for (Leader leader : all) {
            if (leader.role() == LeaderRole.SECRETARY && leader.memberId() != null
                    && (memberId == null || memberId.equals(leader.memberId()))) {
                terms.add(new Term(leader.memberId(), leader.memberName(), leader.termStart(), leader.termEnd()));
            }
        }
        return terms;
    }

    /** The current secretary of the leadership, if the position is filled. */
    public static Optional<Leader> currentSecretary(Leadership leadership) {
        if (leadership.current() == null) {
            return Optional.empty();
        }
        return leadership.current().stream()
                .filter(l -> l.role() == LeaderRole.SECRETARY && l.memberId() != null && !Boolean.FALSE.equals(l.current()))
                .findFirst();
    }

    public static boolean covers(List<Term> terms, YearMonth month) {
        return terms.stream().anyMatch(t -> t.covers(month));
    }

    /**
     * SECRETARY_IN_PLACE: the share of the year's months (up to the current one in the running year) in which some
     * secretary term ran; empty for a year still to come.
     */
    public static Optional<BranchFigure> secretaryInPlace(List<Term> terms, int year, YearMonth currentMonth) {
        if (year > currentMonth.getYear()) {
            return Optional.empty();
        }
        int months = year == currentMonth.getYear() ? currentMonth.getMonthValue() : 12;
        int covered = 0;
        for (int m = 1; m <= months; m++) {
            if (covers(terms, YearMonth.of(year, m))) {
                covered++;
            }
        }
        return Optional.of(BranchFigure.percent(covered * 100 / months, covered + "/" + months + " 个月书记在岗"));
    }
}
