package org.silverbranch.module.venue.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.venue.internal.Access;
import org.silverbranch.module.venue.internal.Permissions;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.DayAvailability;
import org.silverbranch.module.venue.internal.model.FreeRange;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenueAvailability;
import org.silverbranch.module.venue.internal.model.VenueStatus;
import org.silverbranch.module.venue.internal.model.VenueType;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;
import org.silverbranch.module.venue.internal.persistence.VenueSchema;
import org.silverbranch.module.venue.internal.rules.BookingRules;
import org.silverbranch.module.venue.internal.rules.FreeSlots;
import org.silverbranch.module.venue.internal.rules.TimeRange;

/**
 * Free slots: of one venue over a day or a week, and a search across the venues a street may book (its own and
 * those shared with it) by type, day and size. Only slots that could be booked now are offered: not past, not
 * inside the minimum notice, not beyond the horizon, not on a blackout date.
 */
@Component(service = AvailabilityService.class)
public class AvailabilityService {

    public static final int MAX_DAYS = 7;

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public AvailabilityService(@Reference(name = "jpa", target = VenueSchema.UNIT_FILTER) JpaTemplate jpa,
                               @Reference(name = "schema") VenueSchema schema) {
        this(jpa, Clock.systemDefaultZone());
    }

    AvailabilityService(JpaTemplate jpa, Clock clock) {
        this.tx = new Transactions(jpa);
        this.clock = clock;
    }

    /** The venue's free slots from {@code date} (default today) for {@code days} days (1–7, default 1). */
    public VenueAvailability ofVenue(Caller caller, String streetCode, long venueId, LocalDate date, Integer days) {
        Access.require(Permissions.READ, caller, streetCode);
        int n = days == null ? 1 : days;
        Problems p = new Problems();
        if (n < 1 || n > MAX_DAYS) {
            p.add("days", "OUT_OF_RANGE", 1, MAX_DAYS);
        }
        BookingRules.checkDateBounds(p, "date", date);
        p.throwIfAny();
        LocalDate first = date != null ? date : LocalDate.now(clock);
        return tx.inTransaction(em -> {
            VenueEntity venue = Store.visibleVenue(em, streetCode, venueId);
            VenueDetails details = VenueDetails.of(em, venueId);
            Map<Long, List<TimeRange>> busy = busy(em, first, first.plusDays(n - 1));
            List<DayAvailability> result = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                result.add(day(venue, details, first.plusDays(i), busy.getOrDefault(venue.getId(), List.of())));
            }
            return dto(venue, streetCode, result);
        });
    }

    /**
     * The venues the street may book with free time on the day, by name: of the type (any without), for at least
     * {@code minCapacity} people, and with a free stretch of at least {@code minutes} (any free slot without).
     */
    public List<VenueAvailability> search(Caller caller, String streetCode, LocalDate date, VenueType type,
                                          Integer minCapacity, Integer minutes) {
        Access.require(Permissions.READ, caller, streetCode);
        Problems p = new Problems();
        if (minCapacity != null && minCapacity < 1) {
            p.add("minCapacity", "OUT_OF_RANGE", 1, Integer.MAX_VALUE);
        }
        if (minutes != null && (minutes < 1 || minutes > 24 * 60)) {
            p.add("minutes", "OUT_OF_RANGE", 1, 24 * 60);
        }
        BookingRules.checkDateBounds(p, "date", date);
        p.throwIfAny();
        LocalDate day = date != null ? date : LocalDate.now(clock);
        return tx.inTransaction(em -> {
            List<VenueEntity> visible = VenueService.visible(em, streetCode, true);
            // the details of every visible venue, not only the candidates: the same SQL text for every search of
            // the street, so the database reuses the compiled statement (Derby compiles each new text anew)
            Map<Long, VenueDetails> details = VenueDetails.of(em, visible.stream().map(VenueEntity::getId).toList());
            List<VenueEntity> candidates = visible.stream()
                    .filter(v -> v.getStatus() == VenueStatus.ACTIVE && (type == null || v.getType() == type)
                            && (minCapacity == null || v.getCapacity() >= minCapacity))
                    .toList();
            Map<Long, List<TimeRange>> busy = busy(em, day, day);
            List<VenueAvailability> found = new ArrayList<>();
            for (VenueEntity v : candidates) {
                DayAvailability free = day(v, details.get(v.getId()), day, busy.getOrDefault(v.getId(), List.of()));
                if (minutes == null ? !free.free().isEmpty() : FreeSlots.hasRun(free.free(), minutes)) {
                    found.add(dto(v, streetCode, List.of(free)));
                }
            }
            return found;
        });
    }

    /** Active bookings from {@code from} to {@code to} (dates included), by venue. */
    private static Map<Long, List<TimeRange>> busy(EntityManager em, LocalDate from, LocalDate to) {
        Map<Long, List<TimeRange>> byVenue = new HashMap<>();
        em.createQuery("SELECT b.venue.id, b.startsAt, b.endsAt FROM BookingEntity b"
                        + " WHERE b.bookingDate BETWEEN :from AND :to AND b.status IN :active", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("active", BookingStatus.ACTIVE)
                .getResultList()
                .forEach(row -> byVenue.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new TimeRange((LocalDateTime) row[1], (LocalDateTime) row[2])));
        return byVenue;
    }

    private DayAvailability day(VenueEntity venue, VenueDetails details, LocalDate date, List<TimeRange> busy) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (details.blackouts().containsKey(date)) {
            return new DayAvailability(date, "BLACKOUT_DATE", List.of());
        }
        List<OpeningHours> hours = BookingRules.on(details.hours(), date.getDayOfWeek());
        if (hours.isEmpty()) {
            return new DayAvailability(date, "CLOSED_THAT_DAY", List.of());
        }
        if (date.isAfter(now.toLocalDate().plusDays(venue.policy().horizonDays()))) {
            return new DayAvailability(date, "BEYOND_HORIZON", List.of());
        }
        List<FreeRange> free = FreeSlots.of(date, hours, busy, venue.policy().slotMinutes(),
                BookingRules.earliestStart(venue.policy(), now));
        return new DayAvailability(date, null, free);
    }

    private static VenueAvailability dto(VenueEntity v, String streetCode, List<DayAvailability> days) {
        return new VenueAvailability(v.getId(), v.getName(), v.getStreetCode(), v.getType(), v.getCapacity(),
                v.policy().slotMinutes(), !v.getStreetCode().equals(streetCode), days);
    }
}
