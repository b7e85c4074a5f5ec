package org.silverbranch.module.venue.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test sets, in Harbin's zone; every service of a fixture reads it. */
public final class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public TestClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime time) {
        now = time.atZone(ZONE).toInstant();
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
