package org.silverbranch.orglife.oversight.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
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
}
