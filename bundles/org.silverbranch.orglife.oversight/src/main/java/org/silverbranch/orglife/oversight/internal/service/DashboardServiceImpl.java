package org.silverbranch.orglife.oversight.internal.service;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarRatingService;
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesReports;
import org.silverbranch.orglife.dues.StreetDues;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.DistrictCompliance;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.meetings.StreetCompliance;
import org.silverbranch.orglife.oversight.DashboardService;
import org.silverbranch.orglife.oversight.DistrictDashboard;
import org.silverbranch.orglife.oversight.StreetDashboard;
import org.silverbranch.orglife.oversight.internal.OversightConfiguration;
import org.silverbranch.orglife.oversight.internal.rules.DashboardAssembly;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.SupervisionService;

/**
 * Dashboards from the source bundles' roll-ups: a street costs six calls (compliance, dues, participation of the
 * street and by branch, star distribution, rectification counts), the district eight, each one or a few grouped
 * queries, run one after the other on the calling thread. Not in parallel: the sources' Aries JPA templates join
 * the OSGi Coordination bound to the calling thread, and JPA work moved to pool threads failed under load with
 * "Coordination failed: ORPHANED" (500). The caller's right to read is checked first, so nothing runs for a refused
 * caller.
 * Answers are kept for {@code dashboardCacheSeconds} ({@link FigureCache}): on 100k members the dues and compliance
 * roll-ups take seconds, a dashboard should not.
 */
// The PID's metatype is designated by SixMonthWatchImpl: bnd allows one designation per PID.
@Component(service = DashboardService.class, configurationPid = OversightConfiguration.PID)
public class DashboardServiceImpl implements DashboardService {

    private final StreetService streets;
    private final ComplianceService compliance;
    private final DuesReports dues;
    private final ParticipationService participation;
    private final StarRatingService stars;
    private final SupervisionService supervision;
    private final ExecutorService refresher;
    private final FigureCache<String, StreetDashboard> streetCache;
    private final FigureCache<String, DistrictDashboard> districtCache;

    @Activate
    public DashboardServiceImpl(@Reference(name = "streets") StreetService streets,
                                @Reference(name = "compliance") ComplianceService compliance,
                                @Reference(name = "dues") DuesReports dues,
                                @Reference(name = "participation") ParticipationService participation,
                                @Reference(name = "stars") StarRatingService stars,
                                @Reference(name = "supervision") SupervisionService supervision,
                                OversightConfiguration config) {
        this(streets, compliance, dues, participation, stars, supervision, Clock.systemUTC(),
                config.dashboardCacheSeconds() * 1000L);
    }

    /**
     * @param clock       decides the age of kept figures (a test moves it instead of sleeping)
     * @param cacheMillis how long figures are kept (see {@link FigureCache}); 0 computes every request
     */
    DashboardServiceImpl(StreetService streets, ComplianceService compliance, DuesReports dues,
                         ParticipationService participation, StarRatingService stars,
                         SupervisionService supervision, Clock clock, long cacheMillis) {
        this.streets = streets;
        this.compliance = compliance;
        this.dues = dues;
        this.participation = participation;
        this.stars = stars;
        this.supervision = supervision;
        // A background refresh computes a whole dashboard on this one thread: each source call there is a plain
        // service call that opens and closes its own coordination on that thread; none crosses threads.
        this.refresher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "silverbranch-dashboard-refresh");
            t.setDaemon(true);
            return t;
        });
        this.streetCache = new FigureCache<>(cacheMillis, clock::millis, refresher);
        this.districtCache = new FigureCache<>(cacheMillis, clock::millis, refresher);
    }

    @Deactivate
    public void deactivate() {
        refresher.shutdownNow();
    }

    @Override
    public StreetDashboard street(Caller caller, String streetCode, Period period) {
        BranchScope.requireStreetRead(caller, streetCode);
        return streetCache.get(streetCode + "/" + period, () -> computeStreet(caller, streetCode, period));
    }

    private StreetDashboard computeStreet(Caller caller, String streetCode, Period period) {
        StreetCompliance sc = compliance.street(caller, streetCode, period);
        StreetDues sd = dues.street(caller, streetCode, period);
        ParticipationRate p = participation.street(caller, streetCode, period);
        List<ParticipationRate> pb = participation.byBranch(caller, streetCode, period);
        StarDistribution s = stars.distribution(caller, streetCode, period.year());
        RectificationCounts r = supervision.streetCounts(caller, streetCode);
        return new StreetDashboard(streetCode, sc.streetName() != null ? sc.streetName() : sd.name(),
                period.toString(), sc.totals(), sd.totals(), p, s, r,
                DashboardAssembly.branchRows(sc.branches(), sd.branches(), pb));
    }

    @Override
    public DistrictDashboard district(Caller caller, Period period) {
        BranchScope.requireDistrictRead(caller);
        return districtCache.get(period.toString(), () -> computeDistrict(caller, period));
    }

    private DistrictDashboard computeDistrict(Caller caller, Period period) {
        List<Street> st = streets.list(caller);
        DistrictCompliance dc = compliance.district(caller, period);
        DistrictDues dd = dues.district(caller, period);
        ParticipationRate p = participation.street(caller, null, period);
        List<ParticipationRate> ps = participation.byStreet(caller, period);
        StarDistribution s = stars.distribution(caller, null, period.year());
        List<StarDistribution> ss = stars.distributionByStreet(caller, period.year());
        List<RectificationCounts> counts = supervision.districtCounts(caller);
        return new DistrictDashboard(period.toString(), dc.totals(), dd.totals(), p, s,
                DashboardAssembly.sum(counts), DashboardAssembly.streetRows(st, dc.streets(), dd.streets(), ps, ss,
                counts));
    }
}
