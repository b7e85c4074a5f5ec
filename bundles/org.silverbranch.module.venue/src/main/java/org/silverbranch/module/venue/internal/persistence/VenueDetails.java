package org.silverbranch.module.venue.internal.persistence;

import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.OpeningHours;

/**
 * A venue's opening hours, blackout dates and the streets it is shared with: rows of {@code ven_opening_hours},
 * {@code ven_blackout} and {@code ven_venue_share}, read for many venues in three queries (a search over hundreds of
 * venues must not ask three times per venue) and replaced as a whole with plain SQL.
 *
 * @param blackouts date → reason (null when none was given)
 */
public record VenueDetails(List<OpeningHours> hours, Map<LocalDate, String> blackouts, List<String> sharedWith) {

    /** Ids per query, well below what either database accepts in an IN list. */
    private static final int CHUNK = 500;

    public static final VenueDetails NONE = new VenueDetails(List.of(), Map.of(), List.of());

    public boolean isBookableBy(String ownerStreet, String bookerStreet) {
        return ownerStreet.equals(bookerStreet) || sharedWith.contains(bookerStreet);
    }

    public List<Blackout> blackoutList() {
        return blackouts.entrySet().stream().map(e -> new Blackout(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Blackout::date)).toList();
    }

    public static VenueDetails of(EntityManager em, long venueId) {
        return of(em, List.of(venueId)).getOrDefault(venueId, NONE);
    }

    /** The details of every venue, by id (a venue without any rows maps to {@link #NONE} or is absent). */
    public static Map<Long, VenueDetails> of(EntityManager em, Collection<Long> venueIds) {
        Map<Long, List<OpeningHours>> hours = new HashMap<>();
        Map<Long, Map<LocalDate, String>> blackouts = new HashMap<>();
        Map<Long, List<String>> shares = new HashMap<>();
        List<Long> ids = new ArrayList<>(venueIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));  // numbers only
            for (Object[] row : rows(em, "SELECT venue_id, day_of_week, opens_at, closes_at FROM ven_opening_hours"
                    + " WHERE venue_id IN (" + in + ")")) {
                hours.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add(new OpeningHours(
                        DayOfWeek.of(((Number) row[1]).intValue()), time(row[2]), time(row[3])));
            }
            for (Object[] row : rows(em, "SELECT venue_id, blackout_date, reason FROM ven_blackout"
                    + " WHERE venue_id IN (" + in + ")")) {
                blackouts.computeIfAbsent(id(row[0]), k -> new TreeMap<>()).put(date(row[1]), (String) row[2]);
            }
            for (Object[] row : rows(em, "SELECT venue_id, street_code FROM ven_venue_share"
                    + " WHERE venue_id IN (" + in + ")")) {
                shares.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Map<Long, VenueDetails> details = new HashMap<>();
        for (long id : ids) {
            List<OpeningHours> h = new ArrayList<>(hours.getOrDefault(id, List.of()));
            h.sort(Comparator.comparing(OpeningHours::dayOfWeek).thenComparing(OpeningHours::opens));
            List<String> s = new ArrayList<>(shares.getOrDefault(id, List.of()));
            s.sort(null);
            details.put(id, new VenueDetails(List.copyOf(h), blackouts.getOrDefault(id, Map.of()), List.copyOf(s)));
        }
        return details;
    }

    /** The ids of the venues shared with a street. */
    public static List<Long> sharedWith(EntityManager em, String streetCode) {
        List<?> ids = em.createNativeQuery("SELECT venue_id FROM ven_venue_share WHERE street_code = ?")
                .setParameter(1, streetCode).getResultList();
        return ids.stream().map(VenueDetails::id).toList();
    }

    /** Replaces the venue's rows with these; in the transaction that changes the venue. */
    public static void replace(EntityManager em, long venueId, List<OpeningHours> hours, List<Blackout> blackouts,
                               Collection<String> sharedWith) {
        for (String table : List.of("ven_opening_hours", "ven_blackout", "ven_venue_share")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE venue_id = ?").setParameter(1, venueId)
                    .executeUpdate();
        }
        for (OpeningHours h : hours) {
            em.createNativeQuery("INSERT INTO ven_opening_hours (venue_id, day_of_week, opens_at, closes_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, venueId).setParameter(2, h.dayOfWeek().getValue())
                    .setParameter(3, Time.valueOf(h.opens().withSecond(0).withNano(0)))
                    .setParameter(4, Time.valueOf(h.closes().withSecond(0).withNano(0)))
                    .executeUpdate();
        }
        for (Blackout b : blackouts) {
            em.createNativeQuery("INSERT INTO ven_blackout (venue_id, blackout_date, reason) VALUES (?, ?, ?)")
                    .setParameter(1, venueId).setParameter(2, Date.valueOf(b.date()))
                    .setParameter(3, b.reason() == null || b.reason().isBlank() ? null : b.reason().strip())
                    .executeUpdate();
        }
        for (String street : sharedWith) {
            em.createNativeQuery("INSERT INTO ven_venue_share (venue_id, street_code) VALUES (?, ?)")
                    .setParameter(1, venueId).setParameter(2, street)
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalTime time(Object value) {
        return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
