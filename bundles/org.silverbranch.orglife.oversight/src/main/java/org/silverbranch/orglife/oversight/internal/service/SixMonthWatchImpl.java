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
import org.silverbranch.core.api.ServiceException;
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
 * background thread where each call is a plain service call; {@link FigureCache}). A branch's watch is taken from
 * its street's kept watch when the caller may read the street (district roles, the street's administrator and
 * viewer: no second read of the street's members); for a branch secretary, who may not, it is computed on each
 * request from the branch's own figures.
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
    private final FigureCache<String, StreetWatch> streetCache;

    /** A street's watch, with each branch's count of active members, from which a branch's watch is taken. */
    private record StreetWatch(WatchList list, Map<Long, Integer> watchedByBranch) {
    }

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
        return streetWatch(caller, streetCode).list();
    }

    /** The caller's right to read the street is checked before. */
    private StreetWatch streetWatch(Caller caller, String streetCode) {
        // Keyed on the day too: the answer is as of today (asOf, and countedThrough moves on the 1st), so a watch
        // kept across midnight is computed anew rather than served with yesterday's date or last month's count.
        // The settings are fixed for this component's life (a change restarts it).
        LocalDate today = LocalDate.now(clock);
        return streetCache.get(streetCode + "/" + today, () -> computeStreet(caller, streetCode, today));
    }

    private StreetWatch computeStreet(Caller caller, String streetCode, LocalDate today) {
        YearMonth through = WatchRules.countedThrough(today);
        List<MemberFacts> active = active(members.facts(caller, streetCode), null);
        Map<Long, String> branchNames = new HashMap<>();
        for (Organization o : organizations.list(caller, streetCode, null, null)) {
            branchNames.put(o.id(), o.name());
        }
        Map<Long, Integer> watchedByBranch = new HashMap<>();
        for (MemberFacts m : active) {
            if (m.branchId() != null) {
                watchedByBranch.merge(m.branchId(), 1, Integer::sum);
            }
        }
        return new StreetWatch(WatchRules.list(streetCode, null, today, active, branchNames,
                participation.lastParticipationInStreet(caller, streetCode),
                byMember(dues.streetStandings(caller, streetCode, through)), settings), Map.copyOf(watchedByBranch));
    }

    @Override
    public WatchList branch(Caller caller, long organizationId) {
        Organization branch = Branches.readableBranch(organizations, caller, organizationId);
        if (readsStreet(caller, branch.streetCode())) {
            StreetWatch street = streetWatch(caller, branch.streetCode());
            return WatchRules.branchOf(street.list(), organizationId,
                    street.watchedByBranch().getOrDefault(organizationId, 0));
        }
        LocalDate today = LocalDate.now(clock);
        List<MemberFacts> active = active(members.facts(caller, branch.streetCode()), organizationId);
        List<Long> ids = active.stream().map(MemberFacts::id).toList();
        return WatchRules.list(branch.streetCode(), organizationId, today, active,
                Map.of(organizationId, branch.name()), participation.lastParticipation(caller, ids),
                byMember(dues.branchStandings(caller, organizationId, WatchRules.countedThrough(today))), settings);
    }

    /** The street rule kept in one place ({@link BranchScope#requireStreetRead}), asked without failing. */
    private static boolean readsStreet(Caller caller, String streetCode) {
        try {
            BranchScope.requireStreetRead(caller, streetCode);
            return true;
        } catch (ServiceException refused) {
            return false;
        }
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
