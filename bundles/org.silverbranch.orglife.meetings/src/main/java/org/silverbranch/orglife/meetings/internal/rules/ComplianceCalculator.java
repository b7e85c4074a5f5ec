package org.silverbranch.orglife.meetings.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.Frequency;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.RequirementCompliance;

/**
 * Compliance with the Branch Work Regulations (《中国共产党支部工作条例（试行）》, 2018) from held-meeting counts, without
 * the database: the rules of {@link RequirementCompliance} (slots ending in the period, one held meeting per slot),
 * {@link BranchCompliance} (committee and group conditions) and {@link ComplianceStatus}.
 */
public final class ComplianceCalculator {

    private final ComplianceRules rules;

    public ComplianceCalculator(ComplianceRules rules) {
        this.rules = rules;
    }

    /**
     * @param held the branch's held meetings (those of its groups included) of the year up to the period's end at
     *             least; others are ignored
     */
    public BranchCompliance branch(BranchFacts branch, Collection<HeldCount> held, Period period, LocalDate today) {
        List<RequirementCompliance> requirements = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            if (!applies(type, branch)) {
                continue;
            }
            Frequency frequency = rules.frequency(type);
            List<Slot> slots = Slot.endingIn(frequency, period).stream()
                    .filter(s -> branch.foundedOn() == null || !s.end().isBefore(branch.foundedOn())).toList();
            if (!slots.isEmpty()) {
                requirements.add(requirement(branch, type, frequency, slots, held, today));
            }
        }
        int required = 0;
        int met = 0;
        int missed = 0;
        int due = 0;
        for (RequirementCompliance r : requirements) {
            required += r.required();
            met += r.met();
            missed += r.missed();
            due += r.due();
        }
        return new BranchCompliance(branch.organizationId(), branch.name(), branch.streetCode(),
                branch.communityCode(), period.toString(), List.copyOf(requirements), status(missed, due), required,
                met, missed, due, percent(met, missed));
    }

    /** Branches together: counts of each status, slots summed, the percentage over the sums. */
    public static ComplianceTotals totals(Collection<BranchCompliance> branches) {
        int met = 0, missed = 0, due = 0, required = 0, bMet = 0, bMissed = 0, bDue = 0;
        for (BranchCompliance b : branches) {
            required += b.required();
            met += b.met();
            missed += b.missed();
            due += b.due();
            switch (b.status()) {
                case MET -> bMet++;
                case MISSED -> bMissed++;
                case DUE -> bDue++;
            }
        }
        return new ComplianceTotals(branches.size(), bMet, bMissed, bDue, required, met, missed, due,
                percent(met, missed));
    }

    /** Street totals summed into the district's. */
    public static ComplianceTotals sum(Collection<ComplianceTotals> parts) {
        int branches = 0, bMet = 0, bMissed = 0, bDue = 0, required = 0, met = 0, missed = 0, due = 0;
        for (ComplianceTotals t : parts) {
            branches += t.branches();
            bMet += t.branchesMet();
            bMissed += t.branchesMissed();
            bDue += t.branchesDue();
            required += t.required();
            met += t.met();
            missed += t.missed();
            due += t.due();
        }
        return new ComplianceTotals(branches, bMet, bMissed, bDue, required, met, missed, due, percent(met, missed));
    }

    /** The committee meeting only with a committee, the group meeting only with groups. */
    private static boolean applies(MeetingType type, BranchFacts branch) {
        return switch (type) {
            case BRANCH_COMMITTEE -> branch.hasCommittee();
            case GROUP_MEETING -> branch.hasGroups();
            default -> true;
        };
    }

    private static RequirementCompliance requirement(BranchFacts branch, MeetingType type, Frequency frequency,
                                                     List<Slot> slots, Collection<HeldCount> held, LocalDate today) {
        int met = 0;
        int missed = 0;
        int due = 0;
        int heldInSlots = 0;
        for (Slot slot : slots) {
            long inSlot = held.stream().filter(h -> counts(h, branch, type) && slot.contains(h.date()))
                    .mapToLong(HeldCount::count).sum();
            heldInSlots += (int) inSlot;
            if (inSlot > 0) {
                met++;
            } else if (slot.isOver(today)) {
                missed++;
            } else {
                due++;
            }
        }
        return new RequirementCompliance(type, frequency, slots.size(), met, missed, due, heldInSlots,
                status(missed, due));
    }

    /**
     * A branch's own meetings count; a group meeting counts also when one of the branch's groups held it (the
     * monthly group meeting is met for the branch when any of its groups met).
     */
    private static boolean counts(HeldCount h, BranchFacts branch, MeetingType type) {
        if (h.type() != type || h.branchId() != branch.organizationId()) {
            return false;
        }
        return type == MeetingType.GROUP_MEETING || h.organizationId() == branch.organizationId();
    }

    static ComplianceStatus status(int missed, int due) {
        if (missed > 0) {
            return ComplianceStatus.MISSED;
        }
        return due > 0 ? ComplianceStatus.DUE : ComplianceStatus.MET;
    }

    /** met / (met + missed) × 100, one decimal, half up; null when nothing has been met or missed yet. */
    public static Double percent(long met, long missed) {
        return ratio(met, met + missed);
    }

    /** part / whole × 100, one decimal, half up; null for a whole of 0. */
    public static Double ratio(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
