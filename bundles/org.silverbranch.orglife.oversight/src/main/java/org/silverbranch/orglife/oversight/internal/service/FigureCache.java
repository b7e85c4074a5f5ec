package org.silverbranch.orglife.oversight.internal.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Dashboard figures kept for a short time (the district setting {@code dashboardCacheSeconds}), because the source
 * bundles' roll-ups over a street's or the district's members take seconds on 100k members while a dashboard should
 * answer at once. Refresh ahead: an answer older than half its lifetime is recomputed in the background while the
 * kept one is served, so a dashboard read at least once per lifetime never waits; one not read for a whole lifetime
 * is computed on the request. Figures are therefore at most one lifetime old. Only successful answers are kept.
 * One computation per key at a time: requests that find a key being computed (on a request or in the background)
 * wait for that computation and share its answer or its failure, so an expired street dashboard read by many at
 * once costs the sources one roll-up, not one per reader.
 * The access check is the caller's job before {@link #get}: the figures of a street are the same for every reader
 * allowed to see them.
 */
final class FigureCache<K, V> {

    private static final int MAX_ENTRIES = 256;

    private record Entry<V>(V value, long computedAt, AtomicBoolean refreshing) {
    }

    private final long lifetimeMillis;
    private final LongSupplier clock;
    private final Executor refresher;
    private final Map<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    /** The computations under way, by key; each completes (in a finally) before it is removed. */
    private final Map<K, CompletableFuture<V>> computing = new ConcurrentHashMap<>();

    /**
     * @param lifetimeMillis 0: nothing is kept, every request computes
     * @param clock          milliseconds, e.g. {@code System::currentTimeMillis}
     * @param refresher      runs the background recomputations; once it refuses work (shut down on deactivate),
     *                       kept answers are served until they expire and are then computed on the request
     */
    FigureCache(long lifetimeMillis, LongSupplier clock, Executor refresher) {
        this.lifetimeMillis = lifetimeMillis;
        this.clock = clock;
        this.refresher = refresher;
    }

    V get(K key, Supplier<V> compute) {
        if (lifetimeMillis <= 0) {
            return compute.get();
        }
        Entry<V> entry = entry(key);
        long now = clock.getAsLong();
        if (entry == null || now - entry.computedAt() >= lifetimeMillis) {
            return computeOnce(key, compute);
        }
        if (now - entry.computedAt() >= lifetimeMillis / 2 && entry.refreshing().compareAndSet(false, true)) {
            refreshLater(key, compute, entry);
        }
        return entry.value();
    }

    private Entry<V> entry(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Computes on this thread, or waits for the computation of the key already under way. */
    private V computeOnce(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        // Another computation may have finished between reading the entry and registering this one.
        Entry<V> entry = entry(key);
        if (entry != null && clock.getAsLong() - entry.computedAt() < lifetimeMillis) {
            computing.remove(key, mine);
            mine.complete(entry.value());
            return entry.value();
        }
        return lead(key, compute, mine);
    }

    /** Runs the registered computation {@code mine}: keeps the answer before waiters and late comers look again. */
    private V lead(K key, Supplier<V> compute, CompletableFuture<V> mine) {
        try {
            long started = clock.getAsLong();
            V value = compute.get();
            put(key, value, started);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    /**
     * The refresh registers as the key's computation only when it runs: a queued task dropped by a shut-down
     * executor then leaves nobody waiting for it.
     */
    private void refreshLater(K key, Supplier<V> compute, Entry<V> entry) {
        Runnable refresh = () -> {
            CompletableFuture<V> mine = new CompletableFuture<>();
            if (computing.putIfAbsent(key, mine) != null) {
                entry.refreshing().set(false);   // a request is computing it already
                return;
            }
            try {
                lead(key, compute, mine);
            } catch (RuntimeException e) {
                entry.refreshing().set(false);   // keep serving the kept answer; try again on a later read
            }
        };
        try {
            refresher.execute(refresh);
        } catch (RejectedExecutionException e) {
            // Deactivated while requests are still being answered: the kept answer is within its lifetime.
            entry.refreshing().set(false);
        }
    }

    /** The answer of another thread's computation, or its failure as that thread saw it. */
    private static <V> V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private void put(K key, V value, long computedAt) {
        synchronized (entries) {
            entries.put(key, new Entry<>(value, computedAt, new AtomicBoolean()));
        }
    }
}
