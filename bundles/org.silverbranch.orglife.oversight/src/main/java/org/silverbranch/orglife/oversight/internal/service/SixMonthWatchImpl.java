package org.silverbranch.orglife.oversight.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.dues.DuesFigures;
import org.silverbranch.orglife.dues.DuesStanding;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.oversight.SixMonthWatch;
import org.silverbranch.orglife.oversight.WatchList;
import org.silverbranch.orglife.oversight.internal.OversightConfiguration;
import org.silverbranch.orglife.oversight.internal.rules.WatchRules;
import org.silverbranch.orglife.oversight.internal.rules.WatchSettings;

/**
 * The watch of a street or branch in a fixed number of bulk calls: the street's members in one query of the core
 * ({@code MemberService.facts}: no personal data, no paging), their last participation in one call of the meetings
 * bundle, their dues standings in one call of the dues bundle (which reads the members the same way), and the branch
 * names in one organization list. Never one call per member. The street's calls are still seconds' work on 100k
 * members, so a street's watch is kept {@code watchCacheSeconds} (default 5 minutes, refreshed ahead on one
 * background thread where each call is a plain service call; {@link FigureCache}). A branch's watch is computed on
 * each request.
 */
@Component(service = SixMonthWatch.class, configurationPid = OversightConfiguration.PID)
@Designate(ocd = OversightConfiguration.class)
public class SixMonthWatchImpl implements SixMonthWatch {

    private final MemberService members;
    private final OrganizationService organizations;
    private final ParticipationService participation;
    private final DuesFigures dues;
    private final Clock clock;
    private final WatchSettings settings;
    private final ExecutorService refresher;
    private final FigureCache<String, WatchList> streetCache;

    @Activate
    public SixMonthWatchImpl(@Reference(name = "members") MemberService members,
                             @Reference(name = "organizations") OrganizationService organizations,
                             @Reference(name = "participation") ParticipationService participation,
                             @Reference(name = "dues") DuesFigures dues, OversightConfiguration config) {
        this(members, organizations, participation, dues, WatchSettings.of(config), Clock.systemDefaultZone(),
                config.watchCacheSeconds() * 1000L);
    }

    /** @param cacheMillis how long a street's watch is kept ({@link FigureCache}); 0 computes every request */
    SixMonthWatchImpl(MemberService members, OrganizationService organizations, ParticipationService participation,
                      DuesFigures dues, WatchSettings settings, Clock clock, long cacheMillis) {
        this.members = members;
        this.organizations = organizations;
        this.participation = participation;
        this.dues = dues;
        this.settings = settings;
        this.clock = clock;
        this.refresher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "silverbranch-watch-refresh");
            t.setDaemon(true);
            return t;
        });
        this.streetCache = new FigureCache<>(cacheMillis, clock::millis, refresher);
    }

    /** A changed setting restarts the component (no {@code @Modified}): the kept watches go with the old one. */
    @Deactivate
    public void deactivate() {
        refresher.shutdownNow();
    }

    @Override
    public WatchList street(Caller caller, String streetCode) {
        BranchScope.requireStreetRead(caller, streetCode);
        return streetCache.get(streetCode, () -> computeStreet(caller, streetCode));
    }

    private WatchList computeStreet(Caller caller, String streetCode) {
        LocalDate today = LocalDate.now(clock);
        YearMonth through = WatchRules.countedThrough(today);
        List<MemberFacts> active = active(members.facts(caller, streetCode), null);
        Map<Long, String> branchNames = new HashMap<>();
        for (Organization o : organizations.list(caller, streetCode, null, null)) {
            branchNames.put(o.id(), o.name());
        }
        return WatchRules.list(streetCode, null, today, active, branchNames,
                participation.lastParticipationInStreet(caller, streetCode),
                byMember(dues.streetStandings(caller, streetCode, through)), settings);
    }

    @Override
    public WatchList branch(Caller caller, long organizationId) {
        Organization branch = Branches.readableBranch(organizations, caller, organizationId);
        LocalDate today = LocalDate.now(clock);
        List<MemberFacts> active = active(members.facts(caller, branch.streetCode()), organizationId);
        List<Long> ids = active.stream().map(MemberFacts::id).toList();
        return WatchRules.list(branch.streetCode(), organizationId, today, active,
                Map.of(organizationId, branch.name()), participation.lastParticipation(caller, ids),
                byMember(dues.branchStandings(caller, organizationId, WatchRules.countedThrough(today))), settings);
    }

    /** The active members, of one branch when {@code branchId} is given (the members recorded in it). */
    private static List<MemberFacts> active(List<MemberFacts> facts, Long branchId) {
        return facts.stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .filter(m -> branchId == null || branchId.equals(m.branchId())).toList();
    }

    private static Map<Long, DuesStanding> byMember(Collection<DuesStanding> standings) {
        Map<Long, DuesStanding> map = new HashMap<>();
        for (DuesStanding s : standings) {
            map.put(s.memberId(), s);
        }
        return map;
    }
}
