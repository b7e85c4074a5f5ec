package org.silverbranch.module.volunteer.internal.service;

import static org.junit.Assert.assertEquals;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.volunteer.internal.service.Fixture.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.Team;

/**
 * The capacity and overlap rules under concurrent sign-ups, each in its own transaction and connection, started
 * together. Without the row locks of {@link SignupService} both rules break here (every racer sees the same free
 * place, or no overlap yet).
 */
public class ConcurrencyTest {

    private static final int RACERS = 6;

    private static Fixture f;
    private static ExecutorService pool;

    @BeforeClass
    public static void open() {
        f = new Fixture();
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterClass
    public static void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        f.close();
    }

    @Test
    public void racersForTheLastPlaceGetOneConfirmationAndTheRestShiftFull() throws Exception {
        for (int round = 0; round < 3; round++) {
            String[] names = new String[RACERS];
            for (int i = 0; i < RACERS; i++) {
                names[i] = "队员" + round + "-" + i;
            }
            long[] m = f.members(names);
            Team team = f.team("抢名额队" + round, ServiceType.HAIRCUT, m);
            Shift shift = f.shift(team, TODAY.plusDays(1 + round), "09:00", "10:00", 1, SignupMode.OPEN);
            List<Callable<String>> racers = new ArrayList<>();
            for (long member : m) {
                racers.add(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), member).status().name());
            }

            Map<String, Integer> outcomes = race(racers);

            assertEquals(Map.of("CONFIRMED", 1, "SHIFT_FULL", RACERS - 1), outcomes);
            assertEquals(1, f.db.count("SELECT COUNT(*) FROM vol_signup WHERE shift_id = ? AND status = 'CONFIRMED'",
                    shift.id()));
        }
    }

    @Test
    public void oneVolunteerRacingForTwoOverlappingShiftsOfTwoTeamsGetsOne() throws Exception {
        for (int round = 0; round < 4; round++) {
            long[] m = f.members("双队员" + round);
            Team haircut = f.team("义剪队" + round, ServiceType.HAIRCUT, m);
            Team patrol = f.team("巡逻队" + round, ServiceType.PATROL, m);
            List<Callable<String>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                // each racer its own shift at an overlapping time, of one team or the other
                Shift shift = f.shift(i % 2 == 0 ? haircut : patrol, TODAY.plusDays(10 + round),
                        String.format("%02d:00", 8 + i % 3), String.format("%02d:30", 10 + i % 3), 5, SignupMode.OPEN);
                racers.add(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]).status().name());
            }

            Map<String, Integer> outcomes = race(racers);

            assertEquals(Map.of("CONFIRMED", 1, "SHIFT_OVERLAP", RACERS - 1), outcomes);
            assertEquals(1, f.db.count("SELECT COUNT(*) FROM vol_signup WHERE member_id = ?", m[0]));
        }
    }

    /** Starts the calls at once; counts the outcomes: a status name or the failure's code. */
    private static Map<String, Integer> race(List<Callable<String>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return call.call();
                } catch (ServiceException e) {
                    return e.code();
                }
            }));
        }
        ready.await();
        go.countDown();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<String> future : futures) {
            outcomes.merge(future.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        return outcomes;
    }
}
