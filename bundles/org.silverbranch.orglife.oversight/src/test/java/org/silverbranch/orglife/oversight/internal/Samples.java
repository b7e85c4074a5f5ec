package org.silverbranch.orglife.oversight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarMovement;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationStatus;

/** The other bundles' DTOs as their services would answer them, made short for tests. */
public final class Samples {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private Samples() {
    }

    public static BranchHealth health(long id, String name, HealthRule... rules) {
        List<HealthSuggestion> suggestions = java.util.Arrays.stream(rules)
                .map(r -> new HealthSuggestion(r, Map.of("fullMemberCount", "2"), "fullMemberCount < 3", r.source()))
                .toList();
        return new BranchHealth(id, name, OrganizationType.BRANCH, FakeCore.STREET, FakeCore.STREET + "004", TODAY,
                2, 2, 0, null, null, null, suggestions);
    }

    public static AwayMember away(long id, String name, LocalDate expectedReturn, boolean overdue, long days) {
        return new AwayMember(id, name, 1L, "天鹅湖社区离退休干部党支部", FakeCore.STREET,
                ResidencyStatus.AWAY_SEASONAL, "海南****", LocalDate.of(2026, 11, 2), expectedReturn, overdue, days);
    }

    public static Rectification task(long id, long branchId, RectificationStatus status, LocalDate deadline,
                                     boolean overdue, long days) {
        return new Rectification(id, 0L, 1L, branchId, "支部" + branchId, FakeCore.STREET, LocalDate.of(2026, 9, 1),
                "=会议记录不全", deadline, null, "王秀兰", status, null, null, null, overdue, days);
    }

    public static ComplianceTotals complianceTotals(int branches, int missed, Double percent) {
        return new ComplianceTotals(branches, branches - missed, missed, 0, 10, 8, 2, 0, percent);
    }

    public static BranchCompliance compliance(long id, String name, ComplianceStatus status, int met, int missed,
                                              Double percent) {
        return new BranchCompliance(id, name, FakeCore.STREET, FakeCore.STREET + "004", "2026-Q4", List.of(), status,
                met + missed, met, missed, 0, percent);
    }

    public static DuesTotals dues(String period, long dueFen, long paidFen, String collection, String monthsPaid) {
        return new DuesTotals(period, 30, 1, 90, 80, 10, 1, dueFen, paidFen, dueFen - paidFen,
                collection == null ? null : new BigDecimal(collection),
                monthsPaid == null ? null : new BigDecimal(monthsPaid), 0, 0);
    }

    public static ParticipationRate participation(String key, long meetings, long expected, long present,
                                                  long remote, Double rate) {
        return new ParticipationRate(key, "2026-Q4", meetings, expected, present, remote, expected - present - remote,
                rate);
    }

    public static StarDistribution stars(String street, int year, long... byStars) {
        Map<Integer, Long> counts = new java.util.LinkedHashMap<>();
        long confirmed = 0;
        for (int n = 1; n <= 5; n++) {
            long c = n - 1 < byStars.length ? byStars[n - 1] : 0;
            counts.put(n, c);
            confirmed += c;
        }
        Map<BranchClass, Long> classes = new EnumMap<>(BranchClass.class);
        for (BranchClass c : BranchClass.values()) {
            classes.put(c, 0L);
        }
        Map<StarMovement, Long> movements = new EnumMap<>(StarMovement.class);
        for (StarMovement m : StarMovement.values()) {
            movements.put(m, 0L);
        }
        return new StarDistribution(street, year, confirmed, 0, counts, classes, movements);
    }
}
