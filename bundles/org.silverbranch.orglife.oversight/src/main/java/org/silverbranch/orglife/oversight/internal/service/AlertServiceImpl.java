package org.silverbranch.orglife.oversight.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.oversight.AlertService;
import org.silverbranch.orglife.oversight.BranchAlerts;
import org.silverbranch.orglife.oversight.SixMonthWatch;
import org.silverbranch.orglife.oversight.StreetAlerts;
import org.silverbranch.orglife.oversight.internal.rules.AlertAssembly;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.SupervisionService;

/**
 * A street's or branch's alerts: the six-month watch and the supervision bundle's branch health, returns due this
 * month and overdue rectification tasks, each section counted.
 */
@Component(service = AlertService.class)
public class AlertServiceImpl implements AlertService {

    private final StreetService streets;
    private final OrganizationService organizations;
    private final SixMonthWatch watch;
    private final BranchHealthService health;
    private final SeasonalService seasonal;
    private final SupervisionService supervision;
    private final Clock clock;

    @Activate
    public AlertServiceImpl(@Reference(name = "streets") StreetService streets,
                            @Reference(name = "organizations") OrganizationService organizations,
                            @Reference(name = "watch") SixMonthWatch watch,
                            @Reference(name = "health") BranchHealthService health,
                            @Reference(name = "seasonal") SeasonalService seasonal,
                            @Reference(name = "supervision") SupervisionService supervision) {
        this(streets, organizations, watch, health, seasonal, supervision, Clock.systemDefaultZone());
    }

    AlertServiceImpl(StreetService streets, OrganizationService organizations, SixMonthWatch watch,
                     BranchHealthService health, SeasonalService seasonal, SupervisionService supervision,
                     Clock clock) {
        this.streets = streets;
        this.organizations = organizations;
        this.watch = watch;
        this.health = health;
        this.seasonal = seasonal;
        this.supervision = supervision;
        this.clock = clock;
    }

    @Override
    public StreetAlerts street(Caller caller, String streetCode) {
        BranchScope.requireStreetRead(caller, streetCode);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        String name = streets.get(caller, streetCode).name();
        return new StreetAlerts(streetCode, name, today, month, watch.street(caller, streetCode),
                AlertAssembly.health(health.streetHealth(caller, streetCode, false)),
                AlertAssembly.returns(seasonal.returnsDue(caller, streetCode, month)),
                AlertAssembly.overdue(supervision.streetRectifications(caller, streetCode, null, true)));
    }

    @Override
    public BranchAlerts branch(Caller caller, long organizationId) {
        Organization branch = Branches.readableBranch(organizations, caller, organizationId);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        List<Rectification> tasks = new ArrayList<>();
        for (Inspection inspection : supervision.inspections(caller, organizationId)) {
            tasks.addAll(inspection.findings());
        }
        tasks.sort(Comparator.comparing(Rectification::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Rectification::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return new BranchAlerts(organizationId, branch.name(), branch.streetCode(), today, month,
                watch.branch(caller, organizationId), health.health(caller, organizationId),
                AlertAssembly.returnsOfBranch(seasonal.awayMembers(caller, organizationId), month),
                AlertAssembly.overdue(tasks));
    }
}
