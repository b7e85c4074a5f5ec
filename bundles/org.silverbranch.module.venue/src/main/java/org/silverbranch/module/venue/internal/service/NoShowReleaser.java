package org.silverbranch.module.venue.internal.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BookingService#releaseNoShows} every {@code releaseIntervalSeconds} on a thread of its own. A new
 * configuration restarts the component (no {@code @Modified}), so the schedule always follows it; deactivation
 * cancels the schedule and waits for a running release, so an uninstalled module leaves nothing running.
 */
@Component(service = NoShowReleaser.class, immediate = true, configurationPid = NoShowReleaser.PID)
@Designate(ocd = VenueConfiguration.class)
public class NoShowReleaser {

    public static final String PID = "org.silverbranch.module.venue";
    private static final Logger LOG = LoggerFactory.getLogger(NoShowReleaser.class);

    private final ScheduledExecutorService scheduler;

    @Activate
    public NoShowReleaser(@Reference(name = "bookings") BookingService bookings, VenueConfiguration config) {
        Duration grace = Duration.ofSeconds(Math.max(0, config.noShowGraceSeconds()));
        long interval = Math.max(1, config.releaseIntervalSeconds());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "silverbranch-venue-no-show");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int released = bookings.releaseNoShows(grace).size();
                if (released > 0) {
                    LOG.info("Released {} no-show venue booking(s)", released);
                }
            } catch (RuntimeException e) {
                // a failed run (database away for a moment) must not end the schedule
                LOG.warn("Releasing no-show venue bookings failed; next try in {} s", interval, e);
            }
        }, interval, interval, TimeUnit.SECONDS);
    }

    @Deactivate
    public void stop() throws InterruptedException {
        // no interrupt: a release in the middle of its transaction finishes (or rolls back) on its own
        scheduler.shutdown();
        if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("A no-show release was still running 10 s after the venue module stopped; interrupting it");
            scheduler.shutdownNow();
        }
    }
}
