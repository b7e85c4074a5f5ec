package org.silverbranch.module.venue.internal.rules;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Time on a venue is cut into quarter hours. Each quarter hour of an active booking is claimed by one row of
 * {@code ven_slot_claim}, whose primary key (venue, quarter start) lets the database refuse a second claim: two
 * active bookings of one venue cannot overlap even when they are written at the same instant. The claim grid is
 * fixed (not the venue's slot length), so changing a venue's slot length never lets old and new bookings slip past
 * each other. A venue's own slot length is a multiple of it.
 */
public final class SlotGrid {

    /** The claim granule in minutes. */
    public static final int CLAIM_MINUTES = 15;
    public static final int MAX_SLOT_MINUTES = 240;
    private static final int MINUTES_PER_DAY = 24 * 60;

    private SlotGrid() {
    }

    /** 15, 30, 45, ... 240. */
    public static boolean isValidSlotLength(int slotMinutes) {
        return slotMinutes >= CLAIM_MINUTES && slotMinutes <= MAX_SLOT_MINUTES && slotMinutes % CLAIM_MINUTES == 0;
    }

    /** Whether the time is a whole minute that is a multiple of {@code slotMinutes} after midnight. */
    public static boolean isOnGrid(LocalTime time, int slotMinutes) {
        return time.getSecond() == 0 && time.getNano() == 0 && minuteOfDay(time) % slotMinutes == 0;
    }

    /** The start of the slot the time falls in. */
    public static LocalTime floor(LocalTime time, int slotMinutes) {
        int minute = minuteOfDay(time);
        return LocalTime.MIDNIGHT.plusMinutes(minute - minute % slotMinutes);
    }

    /** The first slot start at or after the time, or null when none is left on that day. */
    public static LocalTime ceil(LocalTime time, int slotMinutes) {
        int minute = minuteOfDay(time) + (time.getSecond() > 0 || time.getNano() > 0 ? 1 : 0);
        int up = (minute + slotMinutes - 1) / slotMinutes * slotMinutes;
        return up >= MINUTES_PER_DAY ? null : LocalTime.MIDNIGHT.plusMinutes(up);
    }

    /** The start of every claim granule of {@code [start, end)}: the rows an active booking holds. */
    public static List<LocalDateTime> claims(LocalDateTime start, LocalDateTime end) {
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDateTime t = start; t.isBefore(end); t = t.plusMinutes(CLAIM_MINUTES)) {
            starts.add(t);
        }
        return starts;
    }

    public static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
