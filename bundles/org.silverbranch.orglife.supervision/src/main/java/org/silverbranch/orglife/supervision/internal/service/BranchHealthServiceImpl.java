package org.silverbranch.orglife.supervision.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.BranchHealthService;
import org.silverbranch.orglife.supervision.internal.SupervisionConfiguration;
import org.silverbranch.orglife.supervision.internal.rules.HealthRules;
import org.silverbranch.orglife.supervision.internal.rules.HealthSettings;

/**
 * Branch health from the core's data. A street costs one {@link OrganizationService#list} (which carries member
 * and full-member counts of every organization) plus one {@link OrganizationService#leadership} per active branch:
 * the core API has no street-wide leadership call, and the committee and term rules need the leaders.
 */
@Component(service = BranchHealthService.class, configurationPid = SupervisionConfiguration.PID)
@Designate(ocd = SupervisionConfiguration.class)
public class BranchHealthServiceImpl implements BranchHealthService {

    private final StreetService streets;
    private final OrganizationService organizations;
    private final Clock clock;
    private volatile HealthSettings settings;

    @Activate
    public BranchHealthServiceImpl(@Reference(name = "streets") StreetService streets,
                                   @Reference(name = "organizations") OrganizationService organizations,
                                   SupervisionConfiguration config) {
        this(streets, organizations, settings(config), Clock.systemDefaultZone());
    }

    public BranchHealthServiceImpl(StreetService streets, OrganizationService organizations, HealthSettings settings,
                                   Clock clock) {
        this.streets = streets;
        this.organizations = organizations;
        this.settings = settings;
        this.clock = clock;
    }

    @Modified
    void modified(SupervisionConfiguration config) {
        settings = settings(config);
    }

    static HealthSettings settings(SupervisionConfiguration c) {
        return new HealthSettings(c.minFullMembers(), c.committeeFullMembers(), c.maxBranchMembers(), c.termYears());
    }

    @Override
    public BranchHealth health(Caller caller, long organizationId) {
        Organization org = Branches.readable(organizations, caller, organizationId);
        Branches.requireActiveBranch(org);
        return HealthRules.assess(org, organizations.leadership(caller, organizationId), settings,
                LocalDate.now(clock));
    }

    @Override
    public List<BranchHealth> streetHealth(Caller caller, String streetCode, boolean all) {
        Branches.requireStreet(streets, caller, streetCode);
        HealthSettings s = settings;
        LocalDate today = LocalDate.now(clock);
        List<BranchHealth> result = new ArrayList<>();
        for (Organization org : organizations.list(caller, streetCode, null, null)) {
            if (isActiveBranch(org)) {
                BranchHealth health = HealthRules.assess(org, organizations.leadership(caller, org.id()), s, today);
                if (all || !health.healthy()) {
                    result.add(health);
                }
            }
        }
        return result;
    }

    private static boolean isActiveBranch(Organization org) {
        return (org.type() == OrganizationType.BRANCH || org.type() == OrganizationType.GENERAL_BRANCH)
                && org.status() == OrganizationStatus.ACTIVE;
    }
}
