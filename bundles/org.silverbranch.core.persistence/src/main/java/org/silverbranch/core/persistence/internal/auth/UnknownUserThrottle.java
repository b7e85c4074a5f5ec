package org.silverbranch.core.persistence.internal.auth;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins of usernames that do not exist, counted in memory and locked like real accounts, so a login
 * answer never tells whether a user exists. Bounded: when full, it forgets everything (an attacker then only gets
 * a few more tries per name).
 */
final class UnknownUserThrottle {

    private static final int MAX_NAMES = 10_000;

    private record Entry(int failures, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Lockout lockout;

    UnknownUserThrottle(Lockout lockout) {
        this.lockout = lockout;
    }

    boolean isLocked(String username, Instant now) {
        Entry e = entries.get(username);
        return e != null && Lockout.isLocked(e.lockedUntil(), now);
    }

    /** Counts a failure; returns whether the name is locked now. */
    boolean failed(String username, Instant now) {
        if (entries.size() >= MAX_NAMES) {
            evict(now);
        }
        Entry e = entries.merge(username, new Entry(1, lockout.lockedUntil(1, now)),
                (old, one) -> new Entry(old.failures() + 1, lockout.lockedUntil(old.failures() + 1, now)));
        return e.lockedUntil() != null;
    }

    /**
     * Makes room without unlocking anyone early: clearing every name would let a flood of junk names lift the lock
     * of an unknown name and so tell it from a real account, whose lock is in the database. Names without a running
     * lock go first; if every name is locked, those whose lock ends soonest.
     */
    private void evict(Instant now) {
        entries.values().removeIf(e -> !Lockout.isLocked(e.lockedUntil(), now));
        if (entries.size() >= MAX_NAMES) {
            entries.entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(Entry::lockedUntil)))
                    .limit(MAX_NAMES / 10).map(java.util.Map.Entry::getKey).toList()
                    .forEach(entries::remove);
        }
    }
}
