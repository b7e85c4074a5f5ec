package org.silverbranch.module.venue.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.venue.internal.service.Fixture.FRIDAY;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET;
import static org.silverbranch.module.venue.internal.service.Fixture.STREET_ADMIN;

import java.lang.annotation.Annotation;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.Venue;

/** The scheduled release as DS runs it: activated with a configuration, stopped on deactivation. */
public class NoShowReleaserTest {

    private static Fixture f;

    @BeforeClass
    public static void database() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    private static VenueConfiguration config(int graceSeconds, int intervalSeconds) {
        return new VenueConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return VenueConfiguration.class;
            }

            @Override
            public int noShowGraceSeconds() {
                return graceSeconds;
            }

            @Override
            public int releaseIntervalSeconds() {
                return intervalSeconds;
            }
        };
    }

    @Test
    public void theScheduleReleasesNoShowsAndStopsWhenDeactivated() throws Exception {
        Venue venue = f.venue();
        Booking absent = f.book(venue, FRIDAY, "09:00", "10:00");
        f.clock.set(FRIDAY.atTime(9, 10));  // ten minutes late, the grace is five

        NoShowReleaser releaser = new NoShowReleaser(f.bookings, config(300, 1));
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (f.bookings.get(STREET_ADMIN, STREET, absent.id()).status() != BookingStatus.NO_SHOW
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(BookingStatus.NO_SHOW, f.bookings.get(STREET_ADMIN, STREET, absent.id()).status());
        } finally {
            releaser.stop();
        }
        assertTrue("the release thread is gone", Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("silverbranch-venue-no-show") && t.isAlive()));
        Booking later = f.book(venue, FRIDAY, "11:00", "12:00");
        f.clock.set(FRIDAY.atTime(12, 0));
        Thread.sleep(1500);
        assertEquals("nothing runs after deactivation", BookingStatus.CONFIRMED,
                f.bookings.get(STREET_ADMIN, STREET, later.id()).status());
    }
}
