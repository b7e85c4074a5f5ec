package org.silverbranch.module.venue.internal.model;

/**
 * The booking rules of one venue; a null field in a request takes the default shown.
 *
 * @param minNoticeMinutes      how long before its start a booking must be made (default 60); 0 lets a booking
 *                              take the slot that is running now (walk-in)
 * @param maxDurationMinutes    the longest booking (default 240)
 * @param slotMinutes           the grid bookings start, end and last on: 15, 30, 45, 60, ... 240 (default 30)
 * @param horizonDays           how many days ahead a booking may be made (default 30)
 * @param weeklyQuota           active bookings one member, branch or team may hold at this venue per calendar week
 *                              (Monday to Sunday); null for no quota
 * @param approvalRequired      bookings wait for the venue's street to approve them (default false: confirmed at once)
 * @param cancelDeadlineMinutes a booking can be cancelled until this long before its start (default 120)
 */
public record VenuePolicy(Integer minNoticeMinutes, Integer maxDurationMinutes, Integer slotMinutes,
                          Integer horizonDays, Integer weeklyQuota, Boolean approvalRequired,
                          Integer cancelDeadlineMinutes) {

    public static final VenuePolicy DEFAULTS = new VenuePolicy(60, 240, 30, 30, null, false, 120);

    /** This policy with every null field (but the quota, where null means none) taken from {@link #DEFAULTS}. */
    public VenuePolicy withDefaults() {
        return new VenuePolicy(or(minNoticeMinutes, DEFAULTS.minNoticeMinutes),
                or(maxDurationMinutes, DEFAULTS.maxDurationMinutes), or(slotMinutes, DEFAULTS.slotMinutes),
                or(horizonDays, DEFAULTS.horizonDays), weeklyQuota,
                approvalRequired != null ? approvalRequired : DEFAULTS.approvalRequired,
                or(cancelDeadlineMinutes, DEFAULTS.cancelDeadlineMinutes));
    }

    private static Integer or(Integer value, Integer fallback) {
        return value != null ? value : fallback;
    }
}
