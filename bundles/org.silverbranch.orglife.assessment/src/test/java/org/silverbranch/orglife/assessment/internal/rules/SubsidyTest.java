package org.silverbranch.orglife.assessment.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.SubsidyMonth;
import org.silverbranch.orglife.assessment.SubsidyMonth.Status;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.service.Fixture;
import org.silverbranch.orglife.assessment.internal.rules.SubsidySchedule.Basis;
import org.silverbranch.orglife.assessment.internal.rules.SubsidySchedule.Entry;
import org.silverbranch.orglife.assessment.internal.rules.SubsidySchedule.Paid;

public class SubsidyTest {

    private static final OfficeTerms.Term ALL_YEAR = new OfficeTerms.Term(7, "王秀兰", LocalDate.of(2024, 3, 1), null);

    @Test
    public void theExampleTableGivesEachGradeItsAmountInFen() {
        SubsidyTable table = new AssessmentSettings(Fixture.defaults()).subsidies();
        assertEquals(30_000, table.monthlyFen(SecretaryGrade.EXCELLENT));
        assertEquals(25_000, table.monthlyFen(SecretaryGrade.GOOD));
        assertEquals(20_000, table.monthlyFen(SecretaryGrade.PASS));
        assertEquals(0, table.monthlyFen(SecretaryGrade.FAIL));
    }

    @Test
    public void aTableNeedsEveryGradeWithinRange() {
        Map<SecretaryGrade, Long> amounts = new EnumMap<>(SecretaryGrade.class);
        amounts.put(SecretaryGrade.EXCELLENT, 30_000L);
        amounts.put(SecretaryGrade.GOOD, 25_000L);
        amounts.put(SecretaryGrade.PASS, 20_000L);
        assertThrows(IllegalArgumentException.class, () -> new SubsidyTable(amounts));
        amounts.put(SecretaryGrade.FAIL, -1L);
        assertThrows(IllegalArgumentException.class, () -> new SubsidyTable(amounts));
        amounts.put(SecretaryGrade.FAIL, SubsidyTable.MAX_MONTHLY_FEN + 1);
        assertThrows(IllegalArgumentException.class, () -> new SubsidyTable(amounts));
        amounts.put(SecretaryGrade.FAIL, 0L);
        assertEquals(0, new SubsidyTable(amounts).monthlyFen(SecretaryGrade.FAIL));
    }

    private static List<SubsidyMonth> months(List<Basis> bases, Map<Integer, Paid> paid, YearMonth now) {
        return SubsidySchedule.months(2027, bases, paid, now).stream().map(Entry::month).toList();
    }

    @Test
    public void withoutAnAssessmentOfTheYearBeforeNothingIsDue() {
        List<SubsidyMonth> months = months(List.of(), Map.of(), YearMonth.of(2027, 12));
        assertEquals(12, months.size());
        months.forEach(m -> assertEquals(Status.NOT_DUE, m.status()));
        assertEquals(SubsidySchedule.NOT_ASSESSED, months.get(0).reason());
        assertEquals(0, SubsidySchedule.dueFen(months));
    }

    @Test
    public void theAssessmentSetsEachMonthInOfficeOfTheNextYear() {
        // in office until 2027-04-10: January to April are due, May on not
        OfficeTerms.Term term = new OfficeTerms.Term(7, "王秀兰", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 4, 10));
        Basis basis = new Basis(1, 11, SecretaryGrade.GOOD, 25_000, List.of(term));
        List<SubsidyMonth> months = months(List.of(basis), Map.of(), YearMonth.of(2027, 12));
        assertEquals(Status.DUE, months.get(0).status());
        assertEquals(25_000, months.get(3).dueFen());
        assertEquals(Status.NOT_DUE, months.get(4).status());
        assertEquals(SubsidySchedule.NOT_SECRETARY, months.get(4).reason());
        assertEquals(100_000, SubsidySchedule.dueFen(months));
    }

    @Test
    public void monthsStillToComeAreUpcomingNotDue() {
        Basis basis = new Basis(1, 11, SecretaryGrade.EXCELLENT, 30_000, List.of(ALL_YEAR));
        List<SubsidyMonth> months = months(List.of(basis), Map.of(), YearMonth.of(2027, 3));
        assertEquals(Status.DUE, months.get(2).status());
        assertEquals(Status.UPCOMING, months.get(3).status());
        assertEquals(30_000, months.get(3).dueFen());
        assertEquals(90_000, SubsidySchedule.dueFen(months));
    }

    @Test
    public void aPaidMonthShowsWhatWasPaid() {
        Basis basis = new Basis(1, 11, SecretaryGrade.PASS, 20_000, List.of(ALL_YEAR));
        Map<Integer, Paid> paid = Map.of(1, new Paid(1, 11, 20_000, LocalDate.of(2027, 2, 3)));
        List<SubsidyMonth> months = months(List.of(basis), paid, YearMonth.of(2027, 2));
        assertEquals(Status.PAID, months.get(0).status());
        assertEquals(20_000, months.get(0).paidFen());
        assertEquals(SecretaryGrade.PASS, months.get(0).grade());
        assertEquals(Status.DUE, months.get(1).status());
        assertEquals(40_000, SubsidySchedule.dueFen(months));
        assertEquals(20_000, SubsidySchedule.paidFen(months));
    }

    @Test
    public void aFailGivesNoSubsidy() {
        Basis basis = new Basis(1, 11, SecretaryGrade.FAIL, 0, List.of(ALL_YEAR));
        SubsidyMonth m = months(List.of(basis), Map.of(), YearMonth.of(2027, 12)).get(5);
        assertEquals(Status.NOT_DUE, m.status());
        assertEquals(SubsidySchedule.ZERO_AMOUNT, m.reason());
        assertEquals(Long.valueOf(11), m.organizationId());
    }

    @Test
    public void officeTermsCoverMonthsTheyRunOn() {
        OfficeTerms.Term term = new OfficeTerms.Term(7, "王秀兰", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 1));
        assertEquals(false, term.covers(YearMonth.of(2026, 2)));
        assertEquals(true, term.covers(YearMonth.of(2026, 3)));
        assertEquals(true, term.covers(YearMonth.of(2026, 9)));
        assertEquals(false, term.covers(YearMonth.of(2026, 10)));
        // in office March to September: 7 of 12 months
        assertEquals(Integer.valueOf(58), OfficeTerms.secretaryInPlace(List.of(term), 2026, YearMonth.of(2027, 1))
                .orElseThrow().percent());
        // the running year counts the months so far: March to June of 6
        assertEquals(Integer.valueOf(66), OfficeTerms.secretaryInPlace(List.of(term), 2026, YearMonth.of(2026, 6))
                .orElseThrow().percent());
        assertEquals(true, OfficeTerms.secretaryInPlace(List.of(term), 2027, YearMonth.of(2026, 6)).isEmpty());
        assertEquals(Integer.valueOf(0), OfficeTerms.secretaryInPlace(List.of(), 2026, YearMonth.of(2027, 1))
                .orElseThrow().percent());
        assertNull(OfficeTerms.secretaryInPlace(List.of(), 2026, YearMonth.of(2027, 1)).orElseThrow().met());
    }
}
