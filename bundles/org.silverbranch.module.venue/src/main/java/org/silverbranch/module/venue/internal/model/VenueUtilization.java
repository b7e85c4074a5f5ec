package org.silverbranch.module.venue.internal.model;

import java.math.BigDecimal;

/**
 * One venue's use in one month.
 *
 * @param openMinutes      minutes the venue was open (opening hours, blackout dates excluded)
 * @param bookedMinutes    minutes of confirmed and checked-in bookings
 * @param occupancyPercent {@code bookedMinutes / openMinutes} in percent, two decimals; null when never open
 * @param noShowPercent    no-shows among the bookings whose time came (checked in + no-show), two decimals; null
 *                         when there were none
 */
public record VenueUtilization(long venueId, String venueName, int openMinutes, int bookedMinutes,
                               BigDecimal occupancyPercent, int bookings, int checkedIn, int noShows,
                               int cancelled, BigDecimal noShowPercent) {
}
