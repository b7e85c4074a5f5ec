package org.silverbranch.orglife.oversight.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.oversight.internal.service.SixMonthWatchImplTest.assertStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarRatingService;
import org.silverbranch.orglife.dues.BranchFigures;
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesReports;
import org.silverbranch.orglife.dues.StreetDues;
import org.silverbranch.orglife.dues.StreetFigures;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.ComplianceStatus;
import org.silverbranch.orglife.meetings.DistrictCompliance;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.meetings.StreetCompliance;
import org.silverbranch.orglife.meetings.StreetComplianceTotals;
import org.silverbranch.orglife.oversight.BranchRow;
import org.silverbranch.orglife.oversight.DistrictDashboard;
import org.silverbranch.orglife.oversight.StreetDashboard;
import org.silverbranch.orglife.oversight.StreetRow;
import org.silverbranch.orglife.oversight.internal.FakeCore;
import org.silverbranch.orglife.oversight.internal.Fakes;
import org.silverbranch.orglife.oversight.internal.Samples;
import org.silverbranch.orglife.supervision.RectificationCounts;
import org.silverbranch.orglife.supervision.SupervisionService;

/**
 * The dashboards from the source bundles' roll-ups (fakes), read one after the other on the calling thread (Aries JPA
 * binds its coordination to the thread), with the period passed through.
 */
public class DashboardServiceImplTest {

    private static final Period Q4 = Period.parse("period", "2026-Q4");

    private final FakeCore core = new FakeCore();
    /** The sources asked, with the thread that asked: the request's own thread, or the one refresh thread. */
    private final Map<String, String> asked = new ConcurrentHashMap<>();
    private volatile RuntimeException duesFailure;
    /** Counted down by every source asked, once a test sets it. */
    private volatile CountDownLatch sourcesToAsk;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("UTC"));

    private final DashboardServiceImpl dashboards = dashboards(0);

    private DashboardServiceImpl dashboards(long cacheMillis) {
        return new DashboardServiceImpl(core.streetService(),
            Fakes.of(ComplianceService.class, new Object() {
                public StreetCompliance street(Caller caller, String street, Period period) {
                    note("compliance " + street + " " + period);
                    return new StreetCompliance(street, "太阳岛街道", period.toString(),
                            List.of(Samples.compliance(3, "天鹅湖", ComplianceStatus.MET, 9, 0, 100.0)),
                            Samples.complianceTotals(1, 0, 100.0));
                }

                public DistrictCompliance district(Caller caller, Period period) {
                    note("compliance district " + period);
                    return new DistrictCompliance(period.toString(), List.of(new StreetComplianceTotals(
                            FakeCore.STREET, "太阳岛街道", Samples.complianceTotals(12, 3, 75.04))),
                            Samples.complianceTotals(12, 3, 75.04));
                }
            }),
            Fakes.of(DuesReports.class, new Object() {
                public StreetDues street(Caller caller, String street, Period period) {
                    note("dues " + street + " " + period);
                    if (duesFailure != null) {
                        throw duesFailure;
                    }
                    return new StreetDues(street, "太阳岛街道", Samples.dues("2026-Q4", 10_000, 9_000, "90.0", "85.0"),
                            List.of(new BranchFigures(3L, "天鹅湖", Samples.dues("2026-Q4", 10_000, 9_000, "90.0",
                                    "85.0"))), List.of());
                }

                public DistrictDues district(Caller caller, Period period) {
                    note("dues district " + period);
                    return new DistrictDues(Samples.dues("2026-Q4", 50_000, 40_000, "80.0", "79.5"), List.of(
                            new StreetFigures(FakeCore.STREET, "太阳岛街道",
                                    Samples.dues("2026-Q4", 50_000, 40_000, "80.0", "79.5"))));
                }
            }),
            Fakes.of(ParticipationService.class, new Object() {
                public ParticipationRate street(Caller caller, String street, Period period) {
                    note("participation " + street + " " + period);
                    return Samples.participation(street == null ? "district" : street, 10, 300, 150, 30, 60.0);
                }

                public List<ParticipationRate> byBranch(Caller caller, String street, Period period) {
                    note("participation by branch " + street);
                    return List.of(Samples.participation("3", 10, 300, 150, 30, 60.0));
                }

                public List<ParticipationRate> byStreet(Caller caller, Period period) {
                    note("participation by street");
                    return List.of(Samples.participation(FakeCore.STREET, 10, 300, 150, 30, 60.0));
                }
            }),
            Fakes.of(StarRatingService.class, new Object() {
                public StarDistribution distribution(Caller caller, String street, int year) {
                    note("stars " + street + " " + year);
                    return Samples.stars(street, year, 0, 1, 2);
                }

                public List<StarDistribution> distributionByStreet(Caller caller, int year) {
                    note("stars by street " + year);
                    return List.of(Samples.stars(FakeCore.STREET, year, 0, 1, 2));
                }
            }),
            Fakes.of(SupervisionService.class, new Object() {
                public RectificationCounts streetCounts(Caller caller, String street) {
                    note("rectifications " + street);
                    return new RectificationCounts(street, 4, 1, 10, 0);
                }

                public List<RectificationCounts> districtCounts(Caller caller) {
                    note("rectifications district");
                    return List.of(new RectificationCounts(FakeCore.STREET, 4, 1, 10, 0),
                            new RectificationCounts(FakeCore.OTHER_STREET, 2, 2, 1, 1));
                }
            }), clock, cacheMillis);
    }

    private void note(String call) {
        asked.put(call, Thread.currentThread().getName());
        CountDownLatch latch = sourcesToAsk;
        if (latch != null) {
            latch.countDown();
        }
    }

    @After
    public void stop() {
        dashboards.deactivate();
    }

    @Test
    public void aStreetsDashboardReadsItsSixSourcesForThePeriod() {
        StreetDashboard d = dashboards.street(FakeCore.VIEWER, FakeCore.STREET, Q4);
        assertEquals(Set.of("compliance 230109002 2026-Q4", "dues 230109002 2026-Q4", "participation 230109002 2026-Q4",
                "participation by branch 230109002", "stars 230109002 2026", "rectifications 230109002"),
                asked.keySet());
        assertEquals("every source on the request's thread", Set.of(Thread.currentThread().getName()),
                Set.copyOf(asked.values()));
        assertEquals("太阳岛街道", d.streetName());
        assertEquals("2026-Q4", d.period());
        assertEquals(Double.valueOf(100.0), d.compliance().compliancePercent());
        assertEquals(new BigDecimal("90.0"), d.dues().collectionPercent());
        assertEquals(Double.valueOf(60.0), d.participation().ratePercent());
        assertEquals(Long.valueOf(2), d.stars().byStars().get(3));
        assertEquals(1, d.rectifications().overdue());
        BranchRow row = d.branches().get(0);
        assertEquals(Long.valueOf(3), row.organizationId());
        assertEquals(new BigDecimal("100.0"), row.compliancePercent());
        assertEquals(new BigDecimal("90.0"), row.duesCollectionPercent());
        assertEquals(new BigDecimal("60.0"), row.participationPercent());
    }

    @Test
    public void theDistrictsDashboardHasALinePerStreet() {
        DistrictDashboard d = dashboards.district(FakeCore.AUDITOR, Period.year(2026));
        assertEquals(7, asked.size());
        assertEquals(new RectificationCounts(null, 6, 3, 11, 1), d.rectifications());
        assertEquals(2, d.streets().size());
        StreetRow taiyangdao = d.streets().get(0);
        assertEquals(new BigDecimal("75.0"), taiyangdao.compliancePercent());
        assertEquals(new BigDecimal("80.0"), taiyangdao.duesCollectionPercent());
        assertEquals(Long.valueOf(2), taiyangdao.stars().get(3));
        StreetRow songbei = d.streets().get(1);
        assertEquals(FakeCore.OTHER_STREET, songbei.streetCode());
        assertNull(songbei.compliancePercent());
        assertEquals(2, songbei.overdueRectifications());
    }

    @Test
    public void aFailingSourceFailsTheDashboardWithItsOwnError() {
        duesFailure = ServiceException.notFound("STREET_NOT_FOUND", "230109999");
        assertStatus(404, "STREET_NOT_FOUND", () -> dashboards.street(FakeCore.DISTRICT_ADMIN, FakeCore.STREET, Q4));
    }

    @Test
    public void keptFiguresAreServedWithoutAskingAgainButReadersAreStillChecked() {
        DashboardServiceImpl kept = dashboards(60_000);
        try {
            StreetDashboard first = kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET, Q4);
            asked.clear();
            assertEquals(first, kept.street(FakeCore.VIEWER, FakeCore.STREET, Q4));
            assertEquals(Map.of(), asked);
            assertStatus(404, "STREET_NOT_FOUND", () -> kept.street(FakeCore.OTHER_STREET_ADMIN, FakeCore.STREET, Q4));
            kept.street(FakeCore.VIEWER, FakeCore.STREET, Period.year(2026));
            assertEquals("another period is computed", 6, asked.size());
        } finally {
            kept.deactivate();
        }
    }

    @Test
    public void aBackgroundRefreshAsksEverySourceOnItsOneThread() throws InterruptedException {
        DashboardServiceImpl kept = dashboards(2_000);
        try {
            StreetDashboard first = kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET, Q4);
            asked.clear();
            sourcesToAsk = new CountDownLatch(6);
            clock.advance(Duration.ofMillis(1_999));  // past half the lifetime, not past all of it
            assertEquals("served kept, refreshed behind", first, kept.street(FakeCore.VIEWER, FakeCore.STREET, Q4));
            assertTrue(sourcesToAsk.await(30, TimeUnit.SECONDS));
            assertEquals(6, asked.size());
            assertEquals(Set.of("silverbranch-dashboard-refresh"), Set.copyOf(asked.values()));
        } finally {
            kept.deactivate();
        }
    }

    @Test
    public void figuresNotRefreshedWithinTheirLifetimeAreComputedOnTheRequest() {
        DashboardServiceImpl kept = dashboards(2_000);
        try {
            kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET, Q4);
            clock.advance(Duration.ofMillis(999));
            kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET, Q4);
            asked.clear();
            clock.advance(Duration.ofMillis(1_001));
            kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET, Q4);
            assertEquals("expired after exactly one lifetime", 6, asked.size());
            assertEquals(Set.of(Thread.currentThread().getName()), Set.copyOf(asked.values()));
        } finally {
            kept.deactivate();
        }
    }

    @Test
    public void requestsAfterDeactivateAreAnsweredNotRefused() {
        DashboardServiceImpl kept = dashboards(2_000);
        StreetDashboard first = kept.street(FakeCore.STREET_ADMIN, FakeCore.STREET, Q4);
        kept.deactivate();  // a request still in flight when the component goes
        asked.clear();
        clock.advance(Duration.ofMillis(1_500));
        assertEquals("the kept figures, no refresh to a stopped executor", first,
                kept.street(FakeCore.VIEWER, FakeCore.STREET, Q4));
        assertEquals(Map.of(), asked);
        clock.advance(Duration.ofMillis(500));
        assertEquals(first, kept.street(FakeCore.VIEWER, FakeCore.STREET, Q4));
        assertEquals("expired: computed on the request", 6, asked.size());
    }

    @Test
    public void readersAreCheckedBeforeAnySourceIsAsked() {
        assertStatus(403, "FORBIDDEN", () -> dashboards.district(FakeCore.STREET_ADMIN, Q4));
        assertStatus(404, "STREET_NOT_FOUND", () -> dashboards.street(FakeCore.OTHER_STREET_ADMIN, FakeCore.STREET, Q4));
        assertStatus(403, "FORBIDDEN", () -> dashboards.street(FakeCore.secretaryOf(1), FakeCore.STREET, Q4));
        assertEquals(Map.of(), asked);
    }
}
