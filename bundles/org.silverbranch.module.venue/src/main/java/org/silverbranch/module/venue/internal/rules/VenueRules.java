package org.silverbranch.module.venue.internal.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.silverbranch.core.api.Problems;
import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenuePolicy;

/** The rules of a venue's own fields, checked before anything is read from the database. */
public final class VenueRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_NOTES = 500;
    public static final int MAX_REASON = 200;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_INTERVALS = 28;
    public static final int MAX_BLACKOUTS = 366;
    public static final int MAX_SHARES = 50;
    public static final int MAX_NOTICE_MINUTES = 7 * 24 * 60;
    public static final int MAX_DURATION_MINUTES = 24 * 60;
    public static final int MAX_HORIZON_DAYS = 366;
    public static final int MAX_WEEKLY_QUOTA = 100;

    /** A day's last closing time: bookings never cross midnight. */
    public static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private VenueRules() {
    }

    /** Every problem of a venue's fields; the policy is checked with its defaults filled in. */
    public static Problems check(VenueInput in) {
        Problems p = new Problems();
        p.requireText("name", in.name(), MAX_NAME);
        p.require("type", in.type());
        if (p.require("capacity", in.capacity()) && (in.capacity() < 1 || in.capacity() > MAX_CAPACITY)) {
            p.add("capacity", "OUT_OF_RANGE", 1, MAX_CAPACITY);
        }
        p.maxLength("accessibilityNotes", in.accessibilityNotes(), MAX_NOTES);
        checkHours(p, in.openingHours() == null ? List.of() : in.openingHours());
        checkBlackouts(p, in.blackoutDates() == null ? List.of() : in.blackoutDates());
        List<String> shares = in.sharedWithStreets() == null ? List.of() : in.sharedWithStreets();
        if (shares.size() > MAX_SHARES) {
            p.add("sharedWithStreets", "TOO_MANY_ITEMS", MAX_SHARES);
        }
        for (int i = 0; i < shares.size(); i++) {
            p.require("sharedWithStreets[" + i + "]", shares.get(i));
        }
        checkPolicy(p, (in.policy() == null ? VenuePolicy.DEFAULTS : in.policy()).withDefaults());
        return p;
    }

    private static void checkHours(Problems p, List<OpeningHours> hours) {
        if (hours.size() > MAX_INTERVALS) {
            p.add("openingHours", "TOO_MANY_ITEMS", MAX_INTERVALS);
            return;
        }
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours h = hours.get(i);
            String field = "openingHours[" + i + "]";
            if (h == null) {
                p.add(field, "REQUIRED");
                continue;
            }
            p.require(field + ".dayOfWeek", h.dayOfWeek());
            boolean times = p.require(field + ".opens", h.opens()) & p.require(field + ".closes", h.closes());
            if (!times) {
                continue;
            }
            if (!SlotGrid.isOnGrid(h.opens(), SlotGrid.CLAIM_MINUTES)) {
                p.add(field + ".opens", "NOT_ON_SLOT_GRID", SlotGrid.CLAIM_MINUTES);
            }
            if (!SlotGrid.isOnGrid(h.closes(), SlotGrid.CLAIM_MINUTES) && !h.closes().equals(LAST_MINUTE)) {
                p.add(field + ".closes", "NOT_ON_SLOT_GRID", SlotGrid.CLAIM_MINUTES);
            }
            if (!h.closes().isAfter(h.opens())) {
                p.add(field + ".closes", "END_BEFORE_START");
            } else if (overlapsAnother(hours, i)) {
                p.add(field, "OPENING_HOURS_OVERLAP", h.dayOfWeek());
            }
        }
    }

    private static boolean overlapsAnother(List<OpeningHours> hours, int index) {
        OpeningHours h = hours.get(index);
        for (int j = 0; j < index; j++) {
            OpeningHours o = hours.get(j);
            if (o != null && o.dayOfWeek() == h.dayOfWeek() && o.opens() != null && o.closes() != null
                    && o.opens().isBefore(h.closes()) && h.opens().isBefore(o.closes())) {
                return true;
            }
        }
        return false;
    }

    private static void checkBlackouts(Problems p, List<Blackout> blackouts) {
        if (blackouts.size() > MAX_BLACKOUTS) {
            p.add("blackoutDates", "TOO_MANY_ITEMS", MAX_BLACKOUTS);
            return;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < blackouts.size(); i++) {
            Blackout b = blackouts.get(i);
            String field = "blackoutDates[" + i + "]";
            if (b == null || !p.require(field + ".date", b.date())) {
                continue;
            }
            BookingRules.checkDateBounds(p, field + ".date", b.date());
            p.maxLength(field + ".reason", b.reason(), MAX_REASON);
            if (!seen.add(b.date())) {
                p.add(field + ".date", "DUPLICATE_DATE", b.date());
            }
        }
    }

    private static void checkPolicy(Problems p, VenuePolicy policy) {
        range(p, "policy.minNoticeMinutes", policy.minNoticeMinutes(), 0, MAX_NOTICE_MINUTES);
        range(p, "policy.horizonDays", policy.horizonDays(), 1, MAX_HORIZON_DAYS);
        range(p, "policy.cancelDeadlineMinutes", policy.cancelDeadlineMinutes(), 0, MAX_NOTICE_MINUTES);
        if (policy.weeklyQuota() != null) {
            range(p, "policy.weeklyQuota", policy.weeklyQuota(), 1, MAX_WEEKLY_QUOTA);
        }
        if (!SlotGrid.isValidSlotLength(policy.slotMinutes())) {
            p.add("policy.slotMinutes", "INVALID_SLOT_LENGTH", SlotGrid.CLAIM_MINUTES, SlotGrid.MAX_SLOT_MINUTES);
        } else {
            range(p, "policy.maxDurationMinutes", policy.maxDurationMinutes(), policy.slotMinutes(),
                    MAX_DURATION_MINUTES);
        }
    }

    private static void range(Problems p, String field, int value, int min, int max) {
        if (value < min || value > max) {
            p.add(field, "OUT_OF_RANGE", min, max);
        }
    }
}
