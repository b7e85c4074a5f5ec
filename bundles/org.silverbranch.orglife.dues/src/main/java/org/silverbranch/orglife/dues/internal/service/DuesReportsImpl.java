package org.silverbranch.orglife.dues.internal.service;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.dues.BranchDues;
import org.silverbranch.orglife.dues.BranchFigures;
import org.silverbranch.orglife.dues.DistrictDues;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesReports;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.dues.DuesTotals;
import org.silverbranch.orglife.dues.MemberRef;
import org.silverbranch.orglife.dues.StreetDues;
import org.silverbranch.orglife.dues.StreetFigures;
import org.silverbranch.orglife.dues.internal.DuesRules;
import org.silverbranch.orglife.dues.internal.persistence.DuesSchema;
import org.silverbranch.orglife.dues.internal.rules.DuesMember;
import org.silverbranch.orglife.dues.internal.rules.DuesSettings;
import org.silverbranch.orglife.dues.internal.rules.MemberFacts;
import org.silverbranch.orglife.dues.internal.rules.MemberLine;
import org.silverbranch.orglife.dues.internal.rules.Months;
import org.silverbranch.orglife.dues.internal.rules.Obligation;
import org.silverbranch.orglife.dues.internal.rules.PaidSummary;
import org.silverbranch.orglife.dues.internal.rules.TotalsBuilder;

/**
 * Arrears lists, roll-ups and the oversight figures. Members come from the core (with the caller's scope), the paid
 * months from {@link PaidMonths} in bulk; the rules ({@link MemberLine}) run in memory. Members are counted in their
 * current branch and street.
 */
@Component(service = {DuesReports.class, DuesFigures.class, DuesReportsImpl.class})
public class DuesReportsImpl implements DuesReports, DuesFigures {

    /** Members in arrears first (most months owed), then by id. */
    private static final Comparator<MemberLine> ARREARS_FIRST = Comparator
            .comparingInt(MemberLine::monthsOwed).reversed()
            .thenComparingLong(l -> l.member().memberId());

    private final Transactions tx;
    private final StreetService streets;
    private final OrganizationService organizations;
    private final MemberDirectory directory;
    private final DuesRules rules;
    private final Clock clock;

    @Activate
    public DuesReportsImpl(@Reference(name = "jpa", target = DuesSchema.UNIT_FILTER) JpaTemplate jpa,
                           @Reference(name = "schema") DuesSchema schema,
                           @Reference(name = "streets") StreetService streets,
                           @Reference(name = "organizations") OrganizationService organizations,
                           @Reference(name = "members") MemberService members,
                           @Reference(name = "rules") DuesRules rules) {
        this(jpa, streets, organizations, members, rules, Clock.systemDefaultZone());
    }

    DuesReportsImpl(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                           MemberService members, DuesRules rules, Clock clock) {
        this.tx = new Transactions(jpa);
        this.streets = streets;
        this.organizations = organizations;
        this.directory = new MemberDirectory(members);
        this.rules = rules;
        this.clock = clock;
    }

    /** A branch with its counted member lines, in arrears-first order (also for the CSV). */
    public record BranchData(Organization branch, List<MemberLine> lines, DuesTotals totals) {
    }

    /** A street with its counted member lines and the branch names (also for the CSV). */
    public record StreetData(Street street, Map<Long, Organization> organizations, List<MemberLine> lines,
                             StreetDues dues) {
    }

    public BranchData branchData(Caller caller, long organizationId, Period period) {
        Organization branch = readableBranch(caller, organizationId);
        List<MemberLine> lines = lines(directory.ofBranch(caller, branch.streetCode(), organizationId), period, false);
        return new BranchData(branch, lines, totals(lines, period));
    }

    @Override
    public BranchDues branch(Caller caller, long organizationId, Period period) {
        BranchData d = branchData(caller, organizationId, period);
        return new BranchDues(d.branch().id(), d.branch().name(), d.branch().streetCode(), d.totals(),
                d.lines().stream().map(MemberLine::toArrears).toList(), withoutPension(d.lines()));
    }

    public StreetData streetData(Caller caller, String streetCode, Period period) {
        BranchScope.requireStreetRead(caller, streetCode);
        Street street = streets.get(caller, streetCode);
        Map<Long, Organization> orgs = new LinkedHashMap<>();
        organizations.list(caller, streetCode, null, null).forEach(o -> orgs.put(o.id(), o));
        List<MemberLine> lines = lines(directory.ofStreet(caller, streetCode), period, false);
        Map<Long, List<MemberLine>> byBranch = new LinkedHashMap<>();
        orgs.values().stream()
                .filter(o -> o.type() == OrganizationType.BRANCH && o.status() == OrganizationStatus.ACTIVE)
                .forEach(o -> byBranch.put(o.id(), new ArrayList<>()));
        lines.forEach(l -> byBranch.computeIfAbsent(l.member().branchId(), k -> new ArrayList<>()).add(l));
        List<BranchFigures> branches = new ArrayList<>();
        byBranch.forEach((id, ls) -> branches.add(new BranchFigures(id,
                id == null || orgs.get(id) == null ? null : orgs.get(id).name(), totals(ls, period))));
        branches.sort(Comparator.comparing(BranchFigures::organizationId,
                Comparator.nullsLast(Comparator.naturalOrder())));
        StreetDues dues = new StreetDues(streetCode, street.name(), totals(lines, period), branches,
                withoutPension(lines));
        return new StreetData(street, orgs, lines, dues);
    }

    @Override
    public StreetDues street(Caller caller, String streetCode, Period period) {
        return streetData(caller, streetCode, period).dues();
    }

    /**
     * One read of the district's members (not one per street) and one of their paid months; the lines are then split
     * by street in memory. Only the streets the core lists count (the district total is the sum of the streets).
     */
    @Override
    public DistrictDues district(Caller caller, Period period) {
        BranchScope.requireDistrictRead(caller);
        Map<String, List<MemberLine>> byStreet = new LinkedHashMap<>();
        List<Street> list = streets.list(caller);
        list.forEach(s -> byStreet.put(s.code(), new ArrayList<>()));
        List<DuesMember> members = directory.ofDistrict(caller).stream()
                .filter(m -> byStreet.containsKey(m.streetCode())).toList();
        List<MemberLine> lines = lines(members, period, true);
        lines.forEach(l -> byStreet.get(l.member().streetCode()).add(l));
        List<StreetFigures> figures = list.stream()
                .map(s -> new StreetFigures(s.code(), s.name(), totals(byStreet.get(s.code()), period))).toList();
        return new DistrictDues(totals(lines, period), figures);
    }

    @Override
    public Map<Long, DuesStanding> standings(Caller caller, Collection<Member> members, YearMonth asOf) {
        List<DuesMember> visible = members.stream().filter(m -> m.id() != null && MemberAccess.reads(caller, m))
                .map(DuesMember::of).toList();
        Map<Long, DuesStanding> result = new LinkedHashMap<>();
        standingsOf(visible, asOf).forEach(s -> result.put(s.memberId(), s));
        return result;
    }

    @Override
    public List<DuesStanding> branchStandings(Caller caller, long organizationId, YearMonth asOf) {
        Organization branch = readableBranch(caller, organizationId);
        return standingsOf(directory.ofBranch(caller, branch.streetCode(), organizationId), asOf);
    }

    @Override
    public List<DuesStanding> streetStandings(Caller caller, String streetCode, YearMonth asOf) {
        BranchScope.requireStreetRead(caller, streetCode);
        streets.get(caller, streetCode);
        return standingsOf(directory.ofStreet(caller, streetCode), asOf);
    }

    @Override
    public DuesTotals branchCollection(Caller caller, long organizationId, Period period) {
        return branchData(caller, organizationId, period).totals();
    }

    @Override
    public DuesTotals streetCollection(Caller caller, String streetCode, Period period) {
        BranchScope.requireStreetRead(caller, streetCode);
        streets.get(caller, streetCode);
        return totals(lines(directory.ofStreet(caller, streetCode), period, false), period);
    }

    @Override
    public DuesTotals districtCollection(Caller caller, Period period) {
        return district(caller, period).totals();
    }

    private Organization readableBranch(Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), organizationId);
        return org;
    }

    /**
     * The members' lines over the period, those counted only, arrears first.
     *
     * @param everyone whether the members are (about) the whole district: then the paid months are read without an
     *                 id list, in one pass
     */
    private List<MemberLine> lines(List<DuesMember> members, Period period, boolean everyone) {
        DuesSettings settings = rules.settings();
        YearMonth current = YearMonth.now(clock);
        List<Long> ids = members.stream().map(DuesMember::id).toList();
        record Read(Map<Long, Long> voluntary, Map<Long, PaidSummary> paid) {
        }
        Read read = members.isEmpty() ? new Read(Map.of(), Map.of()) : tx.inTransaction(em -> new Read(
                PaidMonths.voluntaryAmounts(em), PaidMonths.summaries(em, everyone ? null : ids, period, current)));
        return members.stream()
                .map(m -> MemberLine.of(MemberFacts.of(m, read.voluntary().get(m.id())),
                        read.paid().getOrDefault(m.id(), PaidSummary.NONE), period, current, settings))
                .filter(MemberLine::counted)
                .sorted(ARREARS_FIRST)
                .toList();
    }

    private List<DuesStanding> standingsOf(List<DuesMember> members, YearMonth asOf) {
        if (members.isEmpty()) {
            return List.of();
        }
        DuesSettings settings = rules.settings();
        List<Long> ids = members.stream().map(DuesMember::id).toList();
        Map<Long, long[]> paid = tx.inTransaction(em -> PaidMonths.standings(em, ids, asOf));
        List<DuesStanding> result = new ArrayList<>();
        for (DuesMember m : members) {
            MemberFacts f = MemberFacts.of(m, null);
            YearMonth start = Obligation.start(f.active(), f.joinedPartyOn(), settings);
            long[] p = paid.get(m.id());
            YearMonth last = p == null ? null : Months.of((int) p[0]);
            int paidCount = p == null ? 0 : (int) p[1];
            result.add(new DuesStanding(m.id(), m.branchId(), m.streetCode(), asOf, f.active(), start, last,
                    Obligation.consecutiveOwed(start, last, asOf), Obligation.owed(start, asOf, paidCount),
                    f.pensionDeclared()));
        }
        return result;
    }

    private static DuesTotals totals(Collection<MemberLine> lines, Period period) {
        TotalsBuilder b = new TotalsBuilder();
        lines.forEach(b::add);
        return b.build(period.toString());
    }

    private static List<MemberRef> withoutPension(List<MemberLine> lines) {
        return lines.stream().filter(MemberLine::missingPension)
                .sorted(Comparator.comparingLong(l -> l.member().memberId()))
                .map(l -> new MemberRef(l.member().memberId(), l.member().name(), l.member().branchId(),
                        l.member().streetCode()))
                .toList();
    }
}
