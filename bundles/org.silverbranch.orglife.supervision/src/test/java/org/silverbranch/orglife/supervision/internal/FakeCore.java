package org.silverbranch.orglife.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.api.model.Gender;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;

/**
 * Hand-written stand-ins for the core services the bundle calls, holding a small district: two streets of Songbei
 * (太阳岛街道, 松北街道) with retiree branches, members and leaders. Like the core, they answer only within the
 * caller's street (another street's record is not found) and give residency places masked. Counts the calls, so
 * tests can see how many the bundle makes. Thread-safe.
 */
public final class FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final String TIANEHU = "230109002004";
    public static final String YIYUAN = "230109002005";
    public static final String OUMEIYA = "230109003001";
    /** 天鹅湖社区离退休干部党支部 (太阳岛街道). */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部 (太阳岛街道). */
    public static final long YIYUAN_BRANCH = 12;
    /** 天鹅湖社区党委: not a branch. */
    public static final long TIANEHU_COMMITTEE = 13;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;

    public final Streets streets = new Streets();
    public final Organizations organizations = new Organizations();
    public final Members members = new Members();
    public final Audit audit = new Audit();
    /** Calls of {@link OrganizationService#leadership}. */
    public final AtomicInteger leadershipCalls = new AtomicInteger();
    /** Calls of {@link MemberService#search}. */
    public final AtomicInteger searchCalls = new AtomicInteger();

    private final Map<Long, Member> memberRecords = new ConcurrentHashMap<>();
    private final Map<Long, Organization> organizationRecords = new ConcurrentHashMap<>();
    private final Map<Long, List<Leader>> leaders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    /** The core's today, for the "current" flag of leaders. */
    private volatile LocalDate today = LocalDate.of(2026, 11, 5);

    public FakeCore() {
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO, TIANEHU);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO, YIYUAN);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, TAIYANGDAO, TIANEHU);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, SONGBEI, OUMEIYA);
    }

    public void today(LocalDate day) {
        today = day;
    }

    /** Adds an organization of a street (its counts come from the members added to it). */
    public void organization(long id, String name, OrganizationType type, String street, String community) {
        organizationRecords.put(id, new Organization(id, 0L, name, type, true, street, community, null, null,
                OrganizationStatus.ACTIVE, 0, 0, List.of()));
    }

    public void status(long organizationId, OrganizationStatus status) {
        Organization o = organizationRecords.get(organizationId);
        organizationRecords.put(organizationId, new Organization(o.id(), o.version(), o.name(), o.type(), o.retiree(),
                o.streetCode(), o.communityCode(), o.parentId(), o.foundedOn(), status, 0, 0, List.of()));
    }

    /** A new active full member of the branch, at home. */
    public Member member(long branchId, String name) {
        return member(branchId, name, Membership.FULL, MemberStatus.ACTIVE, Residency.resident());
    }

    public Member member(long branchId, String name, Membership membership, MemberStatus status, Residency residency) {
        Organization branch = organizationRecords.get(branchId);
        long id = ids.incrementAndGet();
        Member m = new Member(id, 0L, name, Gender.FEMALE, "汉族", LocalDate.of(1950, 5, 1), null, null, null,
                branch.streetCode(), branch.communityCode(), branchId, CadreCategory.RETIRED, membership,
                LocalDate.of(1975, 7, 1), null, null, LocalDate.of(2010, 5, 31), null, residency, null, List.of(),
                List.of(), List.of(), List.of(), status, Boolean.FALSE, null);
        memberRecords.put(id, m);
        return m;
    }

    /** An away member of the branch expected back on the day (null: unknown). */
    public Member away(long branchId, String name, ResidencyStatus residency, LocalDate expectedReturn) {
        return member(branchId, name, Membership.FULL, MemberStatus.ACTIVE,
                new Residency(residency, "海南省三亚市", LocalDate.of(2026, 10, 20), expectedReturn));
    }

    /** Adds n members (FULL or PROBATIONARY) to the branch. */
    public void members(long branchId, int n, Membership membership) {
        for (int i = 0; i < n; i++) {
            member(branchId, "党员" + i, membership, MemberStatus.ACTIVE, Residency.resident());
        }
    }

    /** Appoints a member of the branch (a new one) to a position for the term. */
    public Leader leader(long branchId, LeaderRole role, LocalDate termStart, LocalDate termEnd) {
        Member m = member(branchId, role == LeaderRole.SECRETARY ? "张书记" : "委员" + ids.get());
        Leader l = new Leader(ids.incrementAndGet(), 0L, branchId, m.id(), m.name(), role, termStart, termEnd, null);
        leaders.computeIfAbsent(branchId, k -> new CopyOnWriteArrayList<>()).add(l);
        return l;
    }

    private static String mask(String place) {
        return place == null ? null : place.substring(0, Math.min(2, place.length())) + "****";
    }

    private static boolean sees(Caller caller, String streetCode) {
        return caller.role() == Role.DISTRICT_ADMIN || caller.role() == Role.AUDITOR
                || streetCode.equals(caller.streetCode());
    }

    /** As the core: counts of active and active full members computed on every answer. */
    private Organization withCounts(Organization o) {
        List<Member> active = memberRecords.values().stream()
                .filter(m -> o.id().equals(m.branchId()) && m.status() == MemberStatus.ACTIVE).toList();
        int full = (int) active.stream().filter(m -> m.membership() == Membership.FULL).count();
        return new Organization(o.id(), o.version(), o.name(), o.type(), o.retiree(), o.streetCode(),
                o.communityCode(), o.parentId(), o.foundedOn(), o.status(), active.size(), full, List.of());
    }

    public final class Streets implements StreetService {

        @Override
        public List<Street> list(Caller caller) {
            return List.of(get(caller, TAIYANGDAO), get(caller, SONGBEI));
        }

        @Override
        public Street get(Caller caller, String streetCode) {
            Street street = switch (streetCode) {
                case TAIYANGDAO -> new Street(TAIYANGDAO, "太阳岛街道", StreetKind.SUBDISTRICT, 2);
                case SONGBEI -> new Street(SONGBEI, "松北街道", StreetKind.SUBDISTRICT, 1);
                default -> null;
            };
            if (street == null || !sees(caller, streetCode)) {
                throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            }
            return street;
        }

        @Override
        public List<Community> communities(Caller caller, String streetCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DistrictCounts counts(Caller caller, String streetCode) {
            throw new UnsupportedOperationException();
        }
    }

    public final class Organizations implements OrganizationService {

        @Override
        public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
            streets.get(caller, streetCode);
            return organizationRecords.values().stream().filter(o -> o.streetCode().equals(streetCode))
                    .filter(o -> type == null || o.type() == type).sorted(Comparator.comparing(Organization::id))
                    .map(FakeCore.this::withCounts).toList();
        }

        @Override
        public Organization get(Caller caller, long id) {
            Organization o = organizationRecords.get(id);
            if (o == null || !sees(caller, o.streetCode())) {
                throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
            }
            return withCounts(o);
        }

        @Override
        public Organization create(Caller caller, String streetCode, Organization organization) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organization update(Caller caller, long id, Organization organization) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leadership leadership(Caller caller, long organizationId) {
            leadershipCalls.incrementAndGet();
            get(caller, organizationId);
            List<Leader> all = leaders.getOrDefault(organizationId, List.of()).stream()
                    .map(l -> new Leader(l.id(), l.version(), l.organizationId(), l.memberId(), l.memberName(),
                            l.role(), l.termStart(), l.termEnd(), !l.termStart().isAfter(today)
                            && (l.termEnd() == null || !l.termEnd().isBefore(today))))
                    .toList();
            return new Leadership(organizationId, all.stream().filter(Leader::current).toList(), List.of(),
                    all.stream().filter(l -> !l.current()).toList());
        }

        @Override
        public Leader appoint(Caller caller, long organizationId, Leader leader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version) {
            throw new UnsupportedOperationException();
        }
    }

    public final class Members implements MemberService {

        /** As the core: the street's members matching the query, by id, one page, places masked. */
        @Override
        public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
            searchCalls.incrementAndGet();
            streets.get(caller, streetCode);
            if (query.size() < 1 || query.size() > MemberQuery.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page size " + query.size());
            }
            List<Member> found = memberRecords.values().stream()
                    .filter(m -> m.streetCode().equals(streetCode))
                    .filter(m -> caller.role() != Role.BRANCH_SECRETARY || m.branchId().equals(caller.branchId()))
                    .filter(m -> query.branchId() == null || query.branchId().equals(m.branchId()))
                    .filter(m -> query.status() == null || query.status() == m.status())
                    .filter(m -> query.residency() == null
                            || (m.residency() != null && m.residency().status() == query.residency()))
                    .sorted(Comparator.comparing(Member::id)).map(FakeCore::masked).toList();
            int from = Math.min(found.size(), query.page() * query.size());
            int to = Math.min(found.size(), from + query.size());
            return new Page<>(new ArrayList<>(found.subList(from, to)), query.page(), query.size(), found.size());
        }

        @Override
        public Member get(Caller caller, long id) {
            Member m = memberRecords.get(id);
            if (m == null || !sees(caller, m.streetCode())) {
                throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
            }
            return masked(m);
        }

        @Override
        public Member get(Caller caller, long id, Set<SensitiveField> unmask) {
            throw new UnsupportedOperationException("the bundle never asks for sensitive fields in full");
        }

        @Override
        public List<Member> findByIdNumber(Caller caller, String idNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Member create(Caller caller, String streetCode, Member member) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Member update(Caller caller, long id, Member member) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Transfer transfer(Caller caller, long memberId, TransferRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Transfer> transfers(Caller caller, long memberId) {
            throw new UnsupportedOperationException();
        }
    }

    private static Member masked(Member m) {
        Residency r = m.residency();
        Residency maskedResidency = r == null ? null : new Residency(r.status(), mask(r.place()), r.since(),
                r.expectedReturn());
        return new Member(m.id(), m.version(), m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(),
                m.phone(), m.address(), m.streetCode(), m.communityCode(), m.branchId(), m.category(),
                m.membership(), m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(), m.retiredOn(),
                m.healthNotes(), maskedResidency, m.education(), m.specialties(), m.hobbies(), m.serviceNeeds(),
                m.family(), m.status(), m.demo(), m.monthlyPensionFen());
    }

    /** The audit trail: every entry recorded, in order. */
    public static final class Audit implements AuditTrail {

        public record Entry(String username, String action, String entityType, String entityId,
                            Map<String, List<String>> changes) {
        }

        public final List<Entry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(Caller caller, String action, String entityType, String entityId,
                           Map<String, List<String>> changes) {
            entries.add(new Entry(caller.username(), action, entityType, entityId, changes));
        }
    }
}
