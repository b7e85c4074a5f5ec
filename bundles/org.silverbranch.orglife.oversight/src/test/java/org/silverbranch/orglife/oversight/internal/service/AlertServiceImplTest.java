package org.silverbranch.orglife.oversight.internal.service;

import static org.junit.Assert.assertEquals;
import static org.silverbranch.orglife.oversight.internal.service.SixMonthWatchImplTest.assertStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.oversight.BranchAlerts;
import org.silverbranch.orglife.oversight.SixMonthWatch;
import org.silverbranch.orglife.oversight.StreetAlerts;
import org.silverbranch.orglife.oversight.WatchList;
import org.silverbranch.orglife.oversight.internal.FakeCore;
import org.silverbranch.orglife.oversight.internal.Fakes;
import org.silverbranch.orglife.oversight.internal.Samples;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.InspectionKind;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;

/** The alerts put together from the watch and the supervision bundle's services (fakes that record what was asked). */
public class AlertServiceImplTest {

    private static final Clock CLOCK = Clock.fixed(Samples.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private final FakeCore core = new FakeCore();
    private final long branch = core.branch(FakeCore.STREET, "天鹅湖社区离退休干部党支部");
    private final List<String> asked = new ArrayList<>();

    private static WatchList emptyWatch(String street, Long branchId) {
        return new WatchList(street, branchId, Samples.TODAY, YearMonth.of(2026, 10), 3, 5, YearMonth.of(2026, 1), 0,
                0, 0, 0, 0, 0, 0, List.of());
    }

    private final AlertServiceImpl alerts = new AlertServiceImpl(core.streetService(), core.organizationService(),
            Fakes.of(SixMonthWatch.class, new Object() {
                public WatchList street(Caller caller, String street) {
                    asked.add("watch " + street);
                    return emptyWatch(street, null);
                }

                public WatchList branch(Caller caller, long id) {
                    asked.add("watch branch " + id);
                    return emptyWatch(FakeCore.STREET, id);
                }
            }),
            Fakes.of(BranchHealthService.class, new Object() {
                public List<BranchHealth> streetHealth(Caller caller, String street, boolean all) {
                    asked.add("health " + street + " all=" + all);
                    return List.of(Samples.health(branch, "天鹅湖", HealthRule.SECRETARY_VACANT, HealthRule.MERGE));
                }

                public BranchHealth health(Caller caller, long id) {
                    return Samples.health(id, "天鹅湖");
                }
            }),
            Fakes.of(SeasonalService.class, new Object() {
                public List<AwayMember> returnsDue(Caller caller, String street, YearMonth month) {
                    asked.add("returns " + street + " " + month);
                    return List.of(Samples.away(1, "甲", LocalDate.of(2026, 11, 20), true, 5));
                }

                public List<AwayMember> awayMembers(Caller caller, long id) {
                    return List.of(Samples.away(1, "甲", LocalDate.of(2026, 11, 20), true, 5),
                            Samples.away(2, "乙", LocalDate.of(2027, 4, 1), false, 0));
                }
            }),
            Fakes.of(SupervisionService.class, new Object() {
                public List<Rectification> streetRectifications(Caller caller, String street,
                                                                RectificationStatus status, Boolean overdue) {
                    asked.add("rectifications " + street + " " + status + " overdue=" + overdue);
                    return List.of(Samples.task(4, branch, RectificationStatus.OPEN, LocalDate.of(2026, 10, 1), true,
                            55));
                }

                public List<Inspection> inspections(Caller caller, long id) {
                    return List.of(
                            inspection(id, Samples.task(9, id, RectificationStatus.OPEN, LocalDate.of(2026, 11, 1),
                                    true, 24), Samples.task(8, id, RectificationStatus.OPEN,
                                    LocalDate.of(2026, 12, 31), false, 0)),
                            inspection(id, Samples.task(7, id, RectificationStatus.OPEN, LocalDate.of(2026, 10, 1),
                                    true, 55), Samples.task(6, id, RectificationStatus.DONE,
                                    LocalDate.of(2026, 9, 30), false, 0)));
                }
            }),
            CLOCK);

    private static Inspection inspection(long branchId, Rectification... findings) {
        return new Inspection(1L, 0L, branchId, "支部", FakeCore.STREET, LocalDate.of(2026, 9, 1),
                InspectionKind.ROUTINE, List.of("督查组"), null, List.of(findings), "street", null);
    }

    @Test
    public void aStreetsAlertsHaveEverySectionWithCounts() {
        StreetAlerts a = alerts.street(FakeCore.VIEWER, FakeCore.STREET);
        assertEquals("太阳岛街道", a.streetName());
        assertEquals(YearMonth.of(2026, 11), a.month());
        assertEquals(List.of("watch 230109002", "health 230109002 all=false", "returns 230109002 2026-11",
                "rectifications 230109002 null overdue=true"), asked);
        assertEquals(1, a.branchHealth().branches());
        assertEquals(2, a.branchHealth().suggestions());
        assertEquals(1, a.returnsDue().members());
        assertEquals(1, a.returnsDue().overdue());
        assertEquals(1, a.overdueRectifications().tasks());
        assertEquals(55, a.overdueRectifications().maxDaysOverdue());
    }

    @Test
    public void aBranchsAlertsForItsSecretary() {
        BranchAlerts a = alerts.branch(FakeCore.secretaryOf(branch), branch);
        assertEquals("天鹅湖社区离退休干部党支部", a.organizationName());
        assertEquals(List.of("watch branch " + branch), asked);
        assertEquals(List.of(1L), a.returnsDue().items().stream().map(AwayMember::memberId).toList());
        // the overdue findings of all inspections, by deadline
        assertEquals(List.of(7L, 9L), a.overdueRectifications().items().stream().map(Rectification::id).toList());
        assertEquals(1, a.overdueRectifications().branches());
    }

    @Test
    public void outOfScopeCallersGetNothing() {
        assertStatus(403, "FORBIDDEN", () -> alerts.street(FakeCore.secretaryOf(branch), FakeCore.STREET));
        assertStatus(404, "STREET_NOT_FOUND", () -> alerts.street(FakeCore.OTHER_STREET_ADMIN, FakeCore.STREET));
        long otherBranch = core.branch(FakeCore.STREET, "怡园");
        assertStatus(404, "ORGANIZATION_NOT_FOUND", () -> alerts.branch(FakeCore.secretaryOf(otherBranch), branch));
        long group = core.organization(FakeCore.STREET, "第一党小组", OrganizationType.GROUP);
        assertStatus(400, "NOT_A_BRANCH", () -> alerts.branch(FakeCore.STREET_ADMIN, group));
        assertEquals(List.of(), asked);
    }
}
