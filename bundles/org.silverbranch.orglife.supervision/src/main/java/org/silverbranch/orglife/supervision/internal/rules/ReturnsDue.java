package org.silverbranch.orglife.supervision.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.supervision.AwayMember;

/**
 * Seasonal members (候鸟) and their returns. A member is away while their residency is AWAY_SEASONAL or
 * AWAY_LONG_TERM and they are an active member. A return is due in a month when the expected return lies in that
 * month, or lies before it and the member is still recorded away (an overdue return: nobody marked them back).
 */
public final class ReturnsDue {

    /** By expected return (unknown last), then name, then id. */
    public static final Comparator<AwayMember> ORDER = Comparator
            .comparing(AwayMember::expectedReturn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AwayMember::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AwayMember::memberId);

    private ReturnsDue() {
    }

    public static boolean isAway(Member m) {
        Residency r = m.residency();
        return m.status() == MemberStatus.ACTIVE && r != null
                && (r.status() == ResidencyStatus.AWAY_SEASONAL || r.status() == ResidencyStatus.AWAY_LONG_TERM);
    }

    /** Due in the month: expected back on or before the month's last day (earlier ones are overdue returns). */
    public static boolean isDue(Member m, YearMonth month) {
        LocalDate expected = m.residency() == null ? null : m.residency().expectedReturn();
        return isAway(m) && expected != null && !expected.isAfter(month.atEndOfMonth());
    }

    /** The member as an away member; the place stays as the core gave it (masked). */
    public static AwayMember toAwayMember(Member m, String branchName, LocalDate today) {
        Residency r = m.residency();
        LocalDate expected = r.expectedReturn();
        boolean overdue = expected != null && expected.isBefore(today);
        return new AwayMember(m.id(), m.name(), m.branchId(), branchName, m.streetCode(), r.status(), r.place(),
                r.since(), expected, overdue, overdue ? ChronoUnit.DAYS.between(expected, today) : 0);
    }

    /** The members due back in the month, ordered; {@code branchNames} by branch id (a missing name stays null). */
    public static List<AwayMember> due(List<Member> members, YearMonth month, Map<Long, String> branchNames,
                                       LocalDate today) {
        return members.stream().filter(m -> isDue(m, month))
                .map(m -> toAwayMember(m, m.branchId() == null ? null : branchNames.get(m.branchId()), today))
                .sorted(ORDER).toList();
    }

    /** The away members among these, ordered. */
    public static List<AwayMember> away(List<Member> members, String branchName, LocalDate today) {
        return members.stream().filter(ReturnsDue::isAway).map(m -> toAwayMember(m, branchName, today))
                .sorted(ORDER).toList();
    }
}
