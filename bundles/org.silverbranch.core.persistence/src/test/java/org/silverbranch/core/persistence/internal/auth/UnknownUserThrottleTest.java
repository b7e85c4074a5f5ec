package org.silverbranch.core.persistence.internal.auth;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class UnknownUserThrottleTest {

    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final UnknownUserThrottle throttle =
            new UnknownUserThrottle(new Lockout(5, Duration.ofMinutes(1), Duration.ofMinutes(30)));

    @Test
    public void aFloodOfJunkNamesDoesNotLiftTheLockOfAnUnknownName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody", now);
        }
        assertTrue(throttle.isLocked("nobody", now));
        for (int i = 0; i < 20_000; i++) {
            throttle.failed("junk-" + i, now);
        }
        assertTrue("still locked, as a real account would be", throttle.isLocked("nobody", now));
    }

    @Test
    public void locksEnd() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody", now);
        }
        assertFalse(throttle.isLocked("nobody", now.plus(Duration.ofHours(1))));
    }
}
