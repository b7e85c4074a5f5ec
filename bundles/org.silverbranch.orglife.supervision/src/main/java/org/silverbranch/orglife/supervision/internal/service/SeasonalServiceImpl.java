package org.silverbranch.orglife.supervision.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.SeasonalService;
import org.silverbranch.orglife.supervision.internal.rules.ReturnsDue;

/**
 * Away members from the core's member search, filtered there by residency and status (one paged search per away
 * residency, 200 rows a page), so a street's returns cost a few calls whatever its size. Members come masked: the
 * place of an away member is whereabouts, sensitive; this service never asks for it unmasked.
 */
@Component(service = SeasonalService.class)
public class SeasonalServiceImpl implements SeasonalService {

    private static final List<ResidencyStatus> AWAY = List.of(ResidencyStatus.AWAY_SEASONAL,
            ResidencyStatus.AWAY_LONG_TERM);

    private final StreetService streets;
    private final OrganizationService organizations;
    private final MemberService members;
    private final Clock clock;

    @Activate
    public SeasonalServiceImpl(@Reference(name = "streets") StreetService streets,
                               @Reference(name = "organizations") OrganizationService organizations,
                               @Reference(name = "members") MemberService members) {
        this(streets, organizations, members, Clock.systemDefaultZone());
    }

    public SeasonalServiceImpl(StreetService streets, OrganizationService organizations, MemberService members,
                               Clock clock) {
        this.streets = streets;
        this.organizations = organizations;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public List<AwayMember> awayMembers(Caller caller, long organizationId) {
        Organization org = Branches.readable(organizations, caller, organizationId);
        return ReturnsDue.away(away(caller, org.streetCode(), organizationId), org.name(), LocalDate.now(clock));
    }

    @Override
    public List<AwayMember> returnsDue(Caller caller, String streetCode, YearMonth month) {
        Branches.requireStreet(streets, caller, streetCode);
        Map<Long, String> branchNames = new HashMap<>();
        organizations.list(caller, streetCode, null, null).forEach(o -> branchNames.put(o.id(), o.name()));
        return ReturnsDue.due(away(caller, streetCode, null), month, branchNames, LocalDate.now(clock));
    }

    /** The street's (or branch's) active away members, every page of both away residencies. */
    private List<Member> away(Caller caller, String streetCode, Long branchId) {
        List<Member> found = new ArrayList<>();
        for (ResidencyStatus residency : AWAY) {
            for (int page = 0; ; page++) {
                Page<Member> p = members.search(caller, streetCode, new MemberQuery(null, branchId, null, residency,
                        MemberStatus.ACTIVE, page, MemberQuery.MAX_PAGE_SIZE, "id"));
                found.addAll(p.items());
                if (p.items().size() < MemberQuery.MAX_PAGE_SIZE
                        || (long) (page + 1) * MemberQuery.MAX_PAGE_SIZE >= p.total()) {
                    break;
                }
            }
        }
        return found;
    }
}
