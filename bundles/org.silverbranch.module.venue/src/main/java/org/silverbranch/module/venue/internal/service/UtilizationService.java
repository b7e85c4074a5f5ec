package org.silverbranch.module.venue.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.module.venue.internal.Access;
import org.silverbranch.module.venue.internal.Permissions;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.UtilizationReport;
import org.silverbranch.module.venue.internal.model.VenueUtilization;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;
import org.silverbranch.module.venue.internal.persistence.VenueSchema;
import org.silverbranch.module.venue.internal.rules.UtilizationCalculator;
import org.silverbranch.module.venue.internal.rules.UtilizationCalculator.BookedTime;

/**
 * How the street's own venues were used in a month: occupancy (booked minutes of open minutes) and no-show rate,
 * per venue and in total, as JSON and as CSV for Excel. Bookings by other streets of shared venues count for the
 * venue's street.
 */
@Component(service = UtilizationService.class)
public class UtilizationService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** A file to download. */
    public record Export(String fileName, byte[] content) {
    }

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public UtilizationService(@Reference(name = "jpa", target = VenueSchema.UNIT_FILTER) JpaTemplate jpa,
                              @Reference(name = "schema") VenueSchema schema) {
        this(jpa, Clock.systemDefaultZone());
    }

    UtilizationService(JpaTemplate jpa, Clock clock) {
        this.tx = new Transactions(jpa);
        this.clock = clock;
    }

    /** The month's figures (default: this month), venues by name. */
    public UtilizationReport report(Caller caller, String streetCode, YearMonth month) {
        Access.require(Permissions.READ, caller, streetCode);
        YearMonth m = month != null ? month : YearMonth.now(clock);
        if (m.getYear() < MIN_YEAR || m.getYear() > MAX_YEAR) {
            new Problems().add("month", "OUT_OF_RANGE", MIN_YEAR + "-01", MAX_YEAR + "-12").throwIfAny();
        }
        return tx.inTransaction(em -> {
            Map<Long, List<BookedTime>> bookings = new HashMap<>();
            em.createQuery("SELECT b.venue.id, b.status, b.startsAt, b.endsAt FROM BookingEntity b"
                            + " WHERE b.venueStreetCode = :street AND b.bookingDate BETWEEN :from AND :to",
                            Object[].class)
                    .setParameter("street", streetCode).setParameter("from", m.atDay(1))
                    .setParameter("to", m.atEndOfMonth())
                    .getResultList()
                    .forEach(row -> bookings.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                            .add(new BookedTime((BookingStatus) row[1], minutes(row[2], row[3]))));
            List<VenueEntity> own = VenueService.visible(em, streetCode, false);
            Map<Long, VenueDetails> details = VenueDetails.of(em, own.stream().map(VenueEntity::getId).toList());
            List<VenueUtilization> venues = new ArrayList<>();
            for (VenueEntity v : own) {
                VenueDetails d = details.get(v.getId());
                int open = UtilizationCalculator.openMinutes(m, d.hours(), d.blackouts().keySet());
                venues.add(UtilizationCalculator.of(v.getId(), v.getName(), open,
                        bookings.getOrDefault(v.getId(), List.of())));
            }
            return new UtilizationReport(streetCode, m, venues, UtilizationCalculator.total(venues));
        });
    }

    /** The report as CSV: UTF-8 with BOM, Chinese headers, one line per venue and a total line. */
    public Export csv(Caller caller, String streetCode, YearMonth month) {
        UtilizationReport report = report(caller, streetCode, month);
        Csv csv = new Csv().row("月份", "场地编号", "场地", "开放时长（分钟）", "已预约时长（分钟）", "使用率（%）",
                "预约数", "已签到", "爽约", "已取消", "爽约率（%）");
        for (VenueUtilization v : report.venues()) {
            row(csv, report.month(), v.venueId(), v.venueName(), v);
        }
        row(csv, report.month(), null, "合计", report.totals());
        return new Export("venue-utilization-" + streetCode + "-" + report.month() + ".csv", csv.toBytes());
    }

    private static void row(Csv csv, YearMonth month, Long id, String name, VenueUtilization v) {
        csv.row(month.toString(), id, name, v.openMinutes(), v.bookedMinutes(),
                v.occupancyPercent() == null ? "" : v.occupancyPercent().toPlainString(), v.bookings(),
                v.checkedIn(), v.noShows(), v.cancelled(),
                v.noShowPercent() == null ? "" : v.noShowPercent().toPlainString());
    }

    private static int minutes(Object start, Object end) {
        return (int) java.time.Duration.between((LocalDateTime) start, (LocalDateTime) end).toMinutes();
    }
}
