package org.silverbranch.module.venue.internal.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.silverbranch.module.venue.internal.model.FreeRange;
import org.silverbranch.module.venue.internal.model.OpeningHours;

/** The free ranges of one venue on one day: its slots inside the opening hours that no active booking touches. */
public final class FreeSlots {

    private FreeSlots() {
    }

    /**
     * @param intervals  the day's opening intervals
     * @param busy       the active bookings of the venue on that day
     * @param earliest   slots starting before this are not offered (already past, or too short notice)
     * @return consecutive free slots merged into ranges, earliest first
     */
    public static List<FreeRange> of(LocalDate date, List<OpeningHours> intervals, List<TimeRange> busy,
                                     int slotMinutes, LocalDateTime earliest) {
        List<FreeRange> ranges = new ArrayList<>();
        for (OpeningHours h : intervals) {
            LocalTime runStart = null;
            LocalTime slot = SlotGrid.ceil(h.opens(), slotMinutes);
            while (slot != null && fits(slot, slotMinutes, h.closes())) {
                LocalTime next = slot.plusMinutes(slotMinutes);
                TimeRange range = new TimeRange(date.atTime(slot), date.atTime(slot).plusMinutes(slotMinutes));
                boolean free = !range.start().isBefore(earliest) && busy.stream().noneMatch(range::overlaps);
                if (free && runStart == null) {
                    runStart = slot;
                } else if (!free && runStart != null) {
                    ranges.add(range(runStart, slot));
                    runStart = null;
                }
                slot = next;  // no wrap past midnight: a slot ends by the closing time, 23:59 at the latest
            }
            if (runStart != null) {
                ranges.add(range(runStart, slot));
            }
        }
        return ranges;
    }

    private static boolean fits(LocalTime slot, int slotMinutes, LocalTime closes) {
        int end = SlotGrid.minuteOfDay(slot) + slotMinutes;
        return end <= SlotGrid.minuteOfDay(closes);
    }

    private static FreeRange range(LocalTime start, LocalTime end) {
        return new FreeRange(start, end, SlotGrid.minuteOfDay(end) - SlotGrid.minuteOfDay(start));
    }

    /** Whether some range is at least this long. */
    public static boolean hasRun(List<FreeRange> ranges, int minutes) {
        return ranges.stream().anyMatch(r -> r.minutes() >= minutes);
    }
}
