package org.silverbranch.orglife.oversight.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** A clock a test moves by hand, so cache ages and month ends are decided without sleeping. Thread-safe. */
final class MovableClock extends Clock {

    private final AtomicLong millis;
    private final ZoneId zone;

    MovableClock(Instant start, ZoneId zone) {
        this(new AtomicLong(start.toEpochMilli()), zone);
    }

    private MovableClock(AtomicLong millis, ZoneId zone) {
        this.millis = millis;
        this.zone = zone;
    }

    void advance(Duration d) {
        millis.addAndGet(d.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(millis, other);
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
