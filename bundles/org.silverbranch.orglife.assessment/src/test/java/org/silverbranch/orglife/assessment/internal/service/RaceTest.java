package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.assessment.SecretaryAssessmentInput;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.SubsidyPaymentInput;
import org.silverbranch.orglife.assessment.internal.FakeCore;

/**
 * Two clerks doing the same at the same moment: whatever the interleaving, one wins and the other gets a 409, and
 * the unique keys keep one record (not a check both passed). The loser reads the conflict the check gives, or on
 * Derby sometimes {@code CONFLICT} (its lock wait on the identity column ended first; try again).
 */
public class RaceTest {

    private Fixture f;
    private long wang;

    @Before
    public void start() {
        f = new Fixture();
        wang = f.core.member("王秀兰", FakeCore.TIANEHU_BRANCH);
        f.core.secretary(FakeCore.TIANEHU_BRANCH, wang, LocalDate.of(2024, 3, 1), null);
    }

    @After
    public void stop() {
        f.close();
    }

    /** Runs the call twice at once, repeatedly; returns "" for a success, else the failure's status and code. */
    private static List<String> twice(int rounds, Callable<Object> call, Runnable reset) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<String> task = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        call.call();
                        return "";
                    } catch (ServiceException e) {
                        return e.kind().httpStatus() + " " + e.code();
                    }
                };
                Future<String> a = pool.submit(task);
                Future<String> b = pool.submit(task);
                List<String> pair = new ArrayList<>(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)));
                pair.sort(null);
                outcomes.addAll(pair);
                reset.run();
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    @Test
    public void aMonthIsPaidOnceWhenTwoPayAtOnce() throws Exception {
        f.secretaries.assess(Fixture.STREET_ADMIN, FakeCore.TIANEHU_BRANCH,
                new SecretaryAssessmentInput(2026, null, SecretaryGrade.GOOD, null, null));
        f.clock.set(LocalDateTime.of(2027, 12, 20, 9, 0));
        int[] month = {0};
        List<String> outcomes = twice(6, () -> f.secretaries.pay(Fixture.STREET_ADMIN, wang,
                new SubsidyPaymentInput(List.of(YearMonth.of(2027, month[0] + 1)), null, null)), () -> month[0]++);
        assertOneWinsOneConflicts(outcomes, "409 MONTH_ALREADY_PAID");
        assertEquals(6, f.db.count("SELECT COUNT(*) FROM ol_subsidy_payment WHERE member_id = ?", wang));
    }

    @Test
    public void aBranchIsRatedOnceAYearWhenTwoRateAtOnce() throws Exception {
        int[] year = {2020};
        List<String> outcomes = twice(6, () -> f.ratings.create(Fixture.STREET_ADMIN, FakeCore.TIANEHU_BRANCH,
                new StarRatingInput(year[0], null, null, null, null, null, null, null)), () -> year[0]++);
        assertOneWinsOneConflicts(outcomes, "409 RATING_EXISTS");
        assertEquals(6, f.db.count("SELECT COUNT(*) FROM ol_star_rating"));
    }

    private static void assertOneWinsOneConflicts(List<String> outcomes, String conflict) {
        for (int i = 0; i < outcomes.size(); i += 2) {
            assertEquals(outcomes.toString(), "", outcomes.get(i));
            String loser = outcomes.get(i + 1);
            assertTrue(outcomes.toString(), loser.equals(conflict) || loser.equals("409 CONFLICT"));
        }
    }
}
