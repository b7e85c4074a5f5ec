package org.silverbranch.module.venue.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenueUtilization;

/** Occupancy and no-show figures of a venue in a month, from its hours and its bookings. */
public final class UtilizationCalculator {

    /** What the figures need of a booking. */
    public record BookedTime(BookingStatus status, int minutes) {
    }

    private UtilizationCalculator() {
    }

    /** Minutes the venue is open in the month: its weekly hours on each day that is not a blackout date. */
    public static int openMinutes(YearMonth month, List<OpeningHours> hours, Set<LocalDate> blackouts) {
        int total = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (blackouts.contains(day)) {
                continue;
            }
            for (OpeningHours h : BookingRules.on(hours, day.getDayOfWeek())) {
                total += SlotGrid.minuteOfDay(h.closes()) - SlotGrid.minuteOfDay(h.opens());
            }
        }
        return total;
    }

    public static VenueUtilization of(long venueId, String venueName, int openMinutes, List<BookedTime> bookings) {
        int booked = 0;
        int checkedIn = 0;
        int noShows = 0;
        int cancelled = 0;
        for (BookedTime b : bookings) {
            if (BookingStatus.OCCUPYING.contains(b.status())) {
                booked += b.minutes();
            }
            switch (b.status()) {
                case CHECKED_IN -> checkedIn++;
                case NO_SHOW -> noShows++;
                case CANCELLED -> cancelled++;
                default -> { }
            }
        }
        return new VenueUtilization(venueId, venueName, openMinutes, booked, percent(booked, openMinutes),
                bookings.size(), checkedIn, noShows, cancelled, percent(noShows, checkedIn + noShows));
    }

    /** The sum of several venues' figures (percentages recomputed from the sums, not averaged). */
    public static VenueUtilization total(List<VenueUtilization> venues) {
        int open = 0;
        int booked = 0;
        int bookings = 0;
        int checkedIn = 0;
        int noShows = 0;
        int cancelled = 0;
        for (VenueUtilization v : venues) {
            open += v.openMinutes();
            booked += v.bookedMinutes();
            bookings += v.bookings();
            checkedIn += v.checkedIn();
            noShows += v.noShows();
            cancelled += v.cancelled();
        }
        return new VenueUtilization(0, null, open, booked, percent(booked, open), bookings, checkedIn, noShows,
                cancelled, percent(noShows, checkedIn + noShows));
    }

    /** {@code part / whole} in percent with two decimals, half up; null for a whole of 0. */
    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
