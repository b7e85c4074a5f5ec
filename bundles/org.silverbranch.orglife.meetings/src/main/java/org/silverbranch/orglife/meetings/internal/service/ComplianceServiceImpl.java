package org.silverbranch.orglife.meetings.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.BranchYearCompliance;
import org.silverbranch.orglife.meetings.ComplianceService;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.DistrictCompliance;
import org.silverbranch.orglife.meetings.Frequency;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.StreetCompliance;
import org.silverbranch.orglife.meetings.StreetComplianceTotals;
import org.silverbranch.orglife.meetings.internal.MeetingsSettings;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingsSchema;
import org.silverbranch.orglife.meetings.internal.rules.BranchFacts;
import org.silverbranch.orglife.meetings.internal.rules.CommitteeRule;
import org.silverbranch.orglife.meetings.internal.rules.ComplianceCalculator;
import org.silverbranch.orglife.meetings.internal.rules.ComplianceRules;
import org.silverbranch.orglife.meetings.internal.rules.HeldCount;

/**
 * Compliance of branches, streets and the district: the organizations from the core (one list per street), the
 * held meetings from one aggregate query per request, the rules in {@link ComplianceCalculator}.
 */
@Component(service = ComplianceService.class)
public class ComplianceServiceImpl implements ComplianceService {

    private final Transactions tx;
    private final StreetService streets;
    private final OrganizationService organizations;
    private final MeetingsSettings settings;
    private final Clock clock;

    @Activate
    public ComplianceServiceImpl(@Reference(name = "jpa", target = MeetingsSchema.UNIT_FILTER) JpaTemplate jpa,
                                 @Reference(name = "schema") MeetingsSchema schema,
                                 @Reference(name = "streets") StreetService streets,
                                 @Reference(name = "organizations") OrganizationService organizations,
                                 @Reference(name = "settings") MeetingsSettings settings) {
        this(jpa, streets, organizations, settings, Clock.systemDefaultZone());
    }

    ComplianceServiceImpl(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                                 MeetingsSettings settings, Clock clock) {
        this.tx = new Transactions(jpa);
        this.streets = streets;
        this.organizations = organizations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Map<MeetingType, Frequency> frequencies() {
        return settings.rules().frequencies();
    }

    @Override
    public BranchCompliance organization(Caller caller, long organizationId, Period period) {
        Organization org = branch(caller, organizationId);
        ComplianceRules rules = settings.rules();
        BranchFacts facts = facts(org, streetOrganizations(org.streetCode()), rules);
        List<HeldCount> held = held(yearTo(period), null, organizationId);
        return new ComplianceCalculator(rules).branch(facts, held, period, today());
    }

    @Override
    public BranchYearCompliance organizationYear(Caller caller, long organizationId, int year) {
        Organization org = branch(caller, organizationId);
        ComplianceRules rules = settings.rules();
        BranchFacts facts = facts(org, streetOrganizations(org.streetCode()), rules);
        Period whole = Period.year(year);
        List<HeldCount> held = held(whole, null, organizationId);
        ComplianceCalculator calculator = new ComplianceCalculator(rules);
        LocalDate today = today();
        List<BranchCompliance> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(calculator.branch(facts, held, Period.quarter(year, q), today));
        }
        List<BranchCompliance> months = new ArrayList<>();
        for (YearMonth month : whole.months()) {
            months.add(calculator.branch(facts, held, Period.month(month), today));
        }
        return new BranchYearCompliance(organizationId, year, calculator.branch(facts, held, whole, today),
                quarters, months);
    }

    @Override
    public StreetCompliance street(Caller caller, String streetCode, Period period) {
        BranchScope.requireStreetRead(caller, streetCode);
        Street street = streets.get(caller, streetCode);
        List<HeldCount> held = held(yearTo(period), streetCode, null);
        List<BranchCompliance> branches = streetBranches(caller, streetCode, held, period);
        return new StreetCompliance(street.code(), street.name(), period.toString(), branches,
                ComplianceCalculator.totals(branches));
    }

    @Override
    public DistrictCompliance district(Caller caller, Period period) {
        BranchScope.requireDistrictRead(caller);
        List<HeldCount> held = held(yearTo(period), null, null);
        List<StreetComplianceTotals> lines = new ArrayList<>();
        for (Street street : streets.list(caller)) {
            List<BranchCompliance> branches = streetBranches(caller, street.code(), held, period);
            lines.add(new StreetComplianceTotals(street.code(), street.name(), ComplianceCalculator.totals(branches)));
        }
        List<ComplianceTotals> parts = lines.stream().map(StreetComplianceTotals::totals).toList();
        return new DistrictCompliance(period.toString(), lines, ComplianceCalculator.sum(parts));
    }

    /** The street's active retiree branches by id, each computed from the held meetings given. */
    private List<BranchCompliance> streetBranches(Caller caller, String streetCode, List<HeldCount> held,
                                                  Period period) {
        ComplianceRules rules = settings.rules();
        ComplianceCalculator calculator = new ComplianceCalculator(rules);
        LocalDate today = today();
        List<Organization> all = streetOrganizations(streetCode);
        Map<Long, List<HeldCount>> byBranch = new HashMap<>();
        held.forEach(h -> byBranch.computeIfAbsent(h.branchId(), k -> new ArrayList<>()).add(h));
        List<BranchCompliance> result = new ArrayList<>();
        all.stream()
                .filter(o -> o.type() == OrganizationType.BRANCH && Boolean.TRUE.equals(o.retiree())
                        && o.status() == OrganizationStatus.ACTIVE)
                .sorted(Comparator.comparing(Organization::id))
                .forEach(b -> result.add(calculator.branch(facts(b, all, rules),
                        byBranch.getOrDefault(b.id(), List.of()), period, today)));
        return result;
    }

    /**
     * The branch (or general branch) the caller may read.
     *
     * @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code NOT_A_BRANCH} (400)
     */
    private Organization branch(Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), organizationId);
        if (org.type() != OrganizationType.BRANCH && org.type() != OrganizationType.GENERAL_BRANCH) {
            throw ServiceException.badRequest("NOT_A_BRANCH", organizationId);
        }
        return org;
    }

    private List<Organization> streetOrganizations(String streetCode) {
        // as the platform: a branch secretary reads their own branch's compliance, which needs the street's groups
        return organizations.list(CoreLookups.PLATFORM, streetCode, null, null);
    }

    private BranchFacts facts(Organization branch, List<Organization> streetOrganizations,
                              ComplianceRules rules) {
        boolean hasGroups = streetOrganizations.stream().anyMatch(o -> o.type() == OrganizationType.GROUP
                && branch.id().equals(o.parentId()) && o.status() == OrganizationStatus.ACTIVE);
        boolean leadershipCommittee = rules.committeeRule() != CommitteeRule.FULL_MEMBERS
                && leadershipHasCommittee(branch.id());
        int fullMembers = branch.fullMemberCount() == null ? 0 : branch.fullMemberCount();
        return new BranchFacts(branch.id(), branch.name(), branch.streetCode(), branch.communityCode(),
                branch.foundedOn(), rules.hasCommittee(fullMembers, leadershipCommittee), hasGroups);
    }

    /** A current committee member or deputy besides the secretary: one core call per branch, only for that rule. */
    private boolean leadershipHasCommittee(long branchId) {
        List<Leader> current = organizations.leadership(CoreLookups.PLATFORM, branchId).current();
        return current != null && current.stream().anyMatch(l -> l.role() == LeaderRole.COMMITTEE_MEMBER
                || l.role() == LeaderRole.DEPUTY_SECRETARY);
    }

    /** From January of the period's year to its end: the slots that end in the period start no earlier. */
    private static Period yearTo(Period period) {
        return new Period(YearMonth.of(period.year(), 1), period.last());
    }

    /** Held meetings per branch, organization, kind and day: one query over a street, a branch or the district. */
    private List<HeldCount> held(Period range, String streetCode, Long branchId) {
        String where = " WHERE m.status = :held AND m.date BETWEEN :from AND :to"
                + (streetCode == null ? "" : " AND m.streetCode = :street")
                + (branchId == null ? "" : " AND m.branchId = :branch");
        return tx.inTransaction(em -> {
            TypedQuery<Object[]> q = em.createQuery("SELECT m.branchId, m.organizationId, m.type, m.date, COUNT(m)"
                    + " FROM MeetingEntity m" + where
                    + " GROUP BY m.branchId, m.organizationId, m.type, m.date", Object[].class)
                    .setParameter("held", MeetingStatus.HELD)
                    .setParameter("from", range.start()).setParameter("to", range.end());
            if (streetCode != null) {
                q.setParameter("street", streetCode);
            }
            if (branchId != null) {
                q.setParameter("branch", branchId);
            }
            return q.getResultList().stream().map(r -> new HeldCount((Long) r[0], (Long) r[1], (MeetingType) r[2],
                    (LocalDate) r[3], ((Number) r[4]).longValue())).toList();
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
