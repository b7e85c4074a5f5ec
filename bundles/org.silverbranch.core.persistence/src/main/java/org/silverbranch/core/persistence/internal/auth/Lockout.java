package org.silverbranch.core.persistence.internal.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * When an account is locked after failed logins: from the {@code maxFailures}-th failure in a row for
 * {@code first}, each further failure (once the lock has passed) doubling the delay, up to {@code longest}.
 * A lock ends early only by a successful login after it, or by an administrator's unlock.
 */
public record Lockout(int maxFailures, Duration first, Duration longest) {

    /** The end of the lock after this many failures in a row, or null when they are not enough for one. */
    public Instant lockedUntil(int failures, Instant now) {
        if (failures < maxFailures) {
            return null;
        }
        int doublings = Math.min(failures - maxFailures, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(longest) > 0 ? longest : delay);
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
