package org.silverbranch.orglife.oversight.internal.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Dashboard figures kept for a short time (the district setting {@code dashboardCacheSeconds}), because the source
 * bundles' roll-ups over a street's or the district's members take seconds on 100k members while a dashboard should
 * answer at once. Refresh ahead: an answer older than half its lifetime is recomputed in the background while the
 * kept one is served, so a dashboard read at least once per lifetime never waits; one not read for a whole lifetime
 * is computed on the request. Figures are therefore at most one lifetime old. Only successful answers are kept.
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

    /**
     * @param lifetimeMillis 0: nothing is kept, every request computes
     * @param clock          milliseconds, e.g. {@code System::currentTimeMillis}
     * @param refresher      runs the background recomputations
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
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        long now = clock.getAsLong();
        if (entry == null || now - entry.computedAt() >= lifetimeMillis) {
            return put(key, compute.get(), now);
        }
        if (now - entry.computedAt() >= lifetimeMillis / 2 && entry.refreshing().compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    long started = clock.getAsLong();
                    put(key, compute.get(), started);
                } catch (RuntimeException e) {
                    entry.refreshing().set(false);   // keep serving the kept answer; try again on a later read
                }
            });
        }
        return entry.value();
    }

    private V put(K key, V value, long computedAt) {
        synchronized (entries) {
            entries.put(key, new Entry<>(value, computedAt, new AtomicBoolean()));
        }
        return value;
    }
}
