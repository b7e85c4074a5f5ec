package org.silverbranch.orglife.oversight.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.silverbranch.core.api.model.Street;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.dues.BranchFigures;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.dues.StreetFigures;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.StreetComplianceTotals;
import org.silverbranch.orglife.oversight.BranchRow;
import org.silverbranch.orglife.oversight.StreetRow;
import org.silverbranch.orglife.supervision.RectificationCounts;

/**
 * Joins the per-branch and per-street figures of the source bundles into the dashboards' lines. No figure is made
 * up: a branch or street the source has nothing for gets null (or 0 for counts of things, like meetings held).
 */
public final class DashboardAssembly {

    private DashboardAssembly() {
    }

    /**
     * One line per branch found in any of the three sources, by id; the dues line of the street's members without a
     * branch last.
     *
     * @param participation by branch, keyed by the branch id as text
     */
    public static List<BranchRow> branchRows(List<BranchCompliance> compliance, List<BranchFigures> dues,
                                             List<ParticipationRate> participation) {
        Map<Long, BranchCompliance> byCompliance = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        TreeMap<Long, Boolean> ids = new TreeMap<>();
        for (BranchCompliance c : compliance) {
            if (c.organizationId() != null) {
                byCompliance.put(c.organizationId(), c);
                names.putIfAbsent(c.organizationId(), c.name());
                ids.put(c.organizationId(), true);
            }
        }
        Map<Long, DuesTotals> byDues = new HashMap<>();
        DuesTotals withoutBranch = null;
        for (BranchFigures d : dues) {
            if (d.organizationId() == null) {
                withoutBranch = d.totals();
            } else {
                byDues.put(d.organizationId(), d.totals());
                names.putIfAbsent(d.organizationId(), d.name());
                ids.put(d.organizationId(), true);
            }
        }
        Map<Long, ParticipationRate> byParticipation = new HashMap<>();
        for (ParticipationRate p : participation) {
            Long id = parseId(p.key());
            if (id != null) {
                byParticipation.put(id, p);
                ids.put(id, true);
            }
        }
        List<BranchRow> rows = new ArrayList<>();
        for (Long id : ids.keySet()) {
            BranchCompliance c = byCompliance.get(id);
            DuesTotals d = byDues.get(id);
            ParticipationRate p = byParticipation.get(id);
            rows.add(new BranchRow(id, names.get(id), c == null ? null : c.status(), c == null ? null : c.met(),
                    c == null ? null : c.missed(), c == null ? null : Percent.of(c.compliancePercent()),
                    d == null ? null : Percent.of(d.collectionPercent()),
                    d == null ? null : Percent.of(d.monthsPaidPercent()), d == null ? null : d.owedFen(),
                    p == null ? null : Percent.of(p.ratePercent()), p == null ? 0 : p.meetings()));
        }
        if (withoutBranch != null) {
            rows.add(new BranchRow(null, null, null, null, null, null, Percent.of(withoutBranch.collectionPercent()),
                    Percent.of(withoutBranch.monthsPaidPercent()), withoutBranch.owedFen(), null, 0));
        }
        return rows;
    }

    /** One line per street the caller sees, in the order given (by code), whether or not it has figures. */
    public static List<StreetRow> streetRows(List<Street> streets, List<StreetComplianceTotals> compliance,
                                             List<StreetFigures> dues, List<ParticipationRate> participation,
                                             List<StarDistribution> stars, List<RectificationCounts> rectifications) {
        Map<String, ComplianceTotals> c = compliance.stream().collect(
                Collectors.toMap(StreetComplianceTotals::streetCode, StreetComplianceTotals::totals, (a, b) -> a));
        Map<String, DuesTotals> d = dues.stream().collect(
                Collectors.toMap(StreetFigures::streetCode, StreetFigures::totals, (a, b) -> a));
        Map<String, ParticipationRate> p = byKey(participation, ParticipationRate::key);
        Map<String, StarDistribution> s = byKey(stars, StarDistribution::streetCode);
        Map<String, RectificationCounts> r = byKey(rectifications, RectificationCounts::streetCode);
        List<StreetRow> rows = new ArrayList<>();
        for (Street street : streets) {
            String code = street.code();
            ComplianceTotals ct = c.get(code);
            DuesTotals dt = d.get(code);
            ParticipationRate pr = p.get(code);
            RectificationCounts rc = r.get(code);
            rows.add(new StreetRow(code, street.name(), ct == null ? 0 : ct.branches(),
                    ct == null ? 0 : ct.branchesMissed(), ct == null ? null : Percent.of(ct.compliancePercent()),
                    dt == null ? null : Percent.of(dt.collectionPercent()),
                    dt == null ? null : Percent.of(dt.monthsPaidPercent()), dt == null ? null : dt.owedFen(),
                    pr == null ? null : Percent.of(pr.ratePercent()), pr == null ? 0 : pr.meetings(),
                    stars(s.get(code)), rc == null ? 0 : rc.open(), rc == null ? 0 : rc.overdue()));
        }
        return rows;
    }

    /** Confirmed ratings by stars 1..5, every key present. */
    public static Map<Integer, Long> stars(StarDistribution distribution) {
        Map<Integer, Long> stars = new LinkedHashMap<>();
        for (int n = 1; n <= 5; n++) {
            Long count = distribution == null || distribution.byStars() == null ? null : distribution.byStars().get(n);
            stars.put(n, count == null ? 0L : count);
        }
        return stars;
    }

    /** The district's tasks: the sum of the streets'. */
    public static RectificationCounts sum(List<RectificationCounts> streets) {
        long open = 0;
        long overdue = 0;
        long done = 0;
        long cancelled = 0;
        for (RectificationCounts c : streets) {
            open += c.open();
            overdue += c.overdue();
            done += c.done();
            cancelled += c.cancelled();
        }
        return new RectificationCounts(null, open, overdue, done, cancelled);
    }

    private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T t : list) {
            if (key.apply(t) != null) {
                map.putIfAbsent(key.apply(t), t);
            }
        }
        return map;
    }

    private static Long parseId(String key) {
        if (key == null) {
            return null;
        }
        try {
            return Long.valueOf(key.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
