package org.silverbranch.orglife.oversight.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class FigureCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Runnable> background = new ArrayList<>();
    private final FigureCache<String, Integer> cache = new FigureCache<>(60_000, now::get, background::add);
    private final AtomicInteger computed = new AtomicInteger();

    private Integer value() {
        return cache.get("230109002/2026-Q4", computed::incrementAndGet);
    }

    @Test
    public void keptForHalfItsLifetimeThenRefreshedInTheBackground() {
        assertEquals(Integer.valueOf(1), value());
        now.addAndGet(29_999);
        assertEquals(Integer.valueOf(1), value());
        assertEquals(List.of(), background);
        now.addAndGet(1);
        assertEquals("the kept answer, while a new one is computed", Integer.valueOf(1), value());
        assertEquals(Integer.valueOf(1), value());
        assertEquals("one refresh at a time", 1, background.size());
        background.remove(0).run();
        assertEquals(Integer.valueOf(2), value());
        assertEquals(List.of(), background);
    }

    @Test
    public void anAnswerOlderThanItsLifetimeIsComputedOnTheRequest() {
        value();
        now.addAndGet(60_000);
        assertEquals(Integer.valueOf(2), value());
        assertEquals(List.of(), background);
        assertEquals("another key is computed apart", Integer.valueOf(3),
                cache.get("230109002/2026", computed::incrementAndGet));
    }

    @Test
    public void failuresAreNotKept() {
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("source down");
        }));
        assertEquals(Integer.valueOf(1), cache.get("k", computed::incrementAndGet));
        now.addAndGet(40_000);
        cache.get("k", computed::incrementAndGet);
        cache.get("k", () -> {
            throw new IllegalStateException("never run: a refresh is pending");
        });
        background.clear();
        assertEquals(Integer.valueOf(1), cache.get("k", computed::incrementAndGet));
    }

    @Test
    public void aLifetimeOfZeroComputesEveryTime() {
        FigureCache<String, Integer> none = new FigureCache<>(0, now::get, background::add);
        none.get("k", computed::incrementAndGet);
        assertEquals(Integer.valueOf(2), none.get("k", computed::incrementAndGet));
    }

    @Test
    public void anExpiredKeyReadByManyAtOnceIsComputedOnce() throws Exception {
        value();
        now.addAndGet(60_000);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Integer> slow = () -> {
            int n = computed.incrementAndGet();
            awaitQuietly(release);
            return n;
        };
        List<Integer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> answers.add(cache.get("230109002/2026-Q4", slow)));
            t.start();
            readers.add(t);
        }
        awaitAllBlocked(readers);   // one computing, seven waiting for it
        release.countDown();
        for (Thread t : readers) {
            t.join(30_000);
        }
        assertEquals("the first answer, then one computation for all", 2, computed.get());
        assertEquals(List.of(2, 2, 2, 2, 2, 2, 2, 2), answers);
    }

    @Test
    public void waitersShareTheFailureOfTheComputationTheyWaitedFor() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        IllegalStateException down = new IllegalStateException("source down");
        Thread leader = new Thread(() -> {
            try {
                cache.get("k", () -> {
                    computed.incrementAndGet();
                    awaitQuietly(release);
                    throw down;
                });
            } catch (IllegalStateException expected) {
                // the leader's own failure
            }
        });
        leader.start();
        awaitAllBlocked(List.of(leader));
        Thread waiter = new Thread(() -> assertSame(down, assertThrows(IllegalStateException.class,
                () -> cache.get("k", computed::incrementAndGet))));
        List<Throwable> waiterFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        waiter.setUncaughtExceptionHandler((t, e) -> waiterFailures.add(e));
        waiter.start();
        awaitAllBlocked(List.of(leader, waiter));
        release.countDown();
        leader.join(30_000);
        waiter.join(30_000);
        assertEquals(List.of(), waiterFailures);
        assertEquals(1, computed.get());
        assertEquals("failures are not kept", Integer.valueOf(2), cache.get("k", computed::incrementAndGet));
    }

    @Test
    public void aRequestForAKeyExpiringWhileItIsRefreshedWaitsForTheRefresh() throws Exception {
        cache.get("k", computed::incrementAndGet);
        now.addAndGet(30_000);
        CountDownLatch release = new CountDownLatch(1);
        cache.get("k", () -> {   // the refresh runs the supplier of the read that asked for it
            int n = computed.incrementAndGet();
            awaitQuietly(release);
            return n;
        });
        Thread refresh = new Thread(background.remove(0));
        refresh.start();
        awaitAllBlocked(List.of(refresh));
        now.addAndGet(30_000);   // the kept 1 has expired while the refresh computes
        Integer[] answer = new Integer[1];
        Thread reader = new Thread(() -> answer[0] = cache.get("k", () -> {
            throw new IllegalStateException("never run: the refresh is computing it");
        }));
        reader.start();
        awaitAllBlocked(List.of(refresh, reader));
        release.countDown();
        reader.join(30_000);
        refresh.join(30_000);
        assertEquals(Integer.valueOf(2), answer[0]);
        assertEquals(2, computed.get());
    }

    @Test
    public void aStoppedRefresherServesTheKeptAnswerUntilItExpires() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdownNow();
        FigureCache<String, Integer> afterDeactivate = new FigureCache<>(60_000, now::get, stopped);
        afterDeactivate.get("k", computed::incrementAndGet);
        now.addAndGet(30_000);
        assertEquals("no RejectedExecutionException", Integer.valueOf(1),
                afterDeactivate.get("k", computed::incrementAndGet));
        assertEquals(Integer.valueOf(1), afterDeactivate.get("k", computed::incrementAndGet));
        now.addAndGet(30_000);
        assertEquals("expired: computed on the request", Integer.valueOf(2),
                afterDeactivate.get("k", computed::incrementAndGet));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (bounded) until every thread is parked: on the release latch or on another's computation. */
    private static void awaitAllBlocked(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                || t.getState() == Thread.State.TIMED_WAITING)) {
            assertTrue("a thread ended instead of waiting",
                    threads.stream().noneMatch(t -> t.getState() == Thread.State.TERMINATED));
            assertTrue("threads never blocked", System.nanoTime() < deadline);
            Thread.sleep(5);
        }
    }
}
