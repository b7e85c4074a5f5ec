package org.silverbranch.orglife.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;

/**
 * Hand-written stand-ins for the core services the bundle calls, holding a small district of Songbei: 太阳岛街道 with
 * the 天鹅湖 retiree branch (two Party groups under it) and the 怡园 retiree branch, a general branch with a branch
 * under it, and 松北街道 with the 欧美亚 retiree branch. Like the core, a street-bound caller does not find another
 * street's records. Thread-safe.
 */
public final class FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final String TIANEHU = "230109002004";
    public static final String YIYUAN = "230109002005";
    public static final String OUMEIYA = "230109003001";
    /** 天鹅湖社区离退休干部党支部: two groups under it. */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部: no groups. */
    public static final long YIYUAN_BRANCH = 12;
    public static final long TIANEHU_COMMITTEE = 13;
    public static final long TIANEHU_GROUP_1 = 14;
    public static final long TIANEHU_GROUP_2 = 15;
    /** A general branch of 太阳岛街道 with the branch {@link #SUB_BRANCH} under it (not retiree). */
    public static final long GENERAL_BRANCH = 16;
    public static final long SUB_BRANCH = 17;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;

    public static final Caller DISTRICT_ADMIN = new Caller("district", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("taiyangdao", Role.STREET_ADMIN, TAIYANGDAO, null);
    public static final Caller VIEWER = new Caller("viewer", Role.VIEWER, TAIYANGDAO, null);
    public static final Caller SONGBEI_ADMIN = new Caller("songbei", Role.STREET_ADMIN, SONGBEI, null);
    public static final Caller TIANEHU_SECRETARY = new Caller("tianehu", Role.BRANCH_SECRETARY, TAIYANGDAO,
            TIANEHU_BRANCH);
    public static final Caller YIYUAN_SECRETARY = new Caller("yiyuan", Role.BRANCH_SECRETARY, TAIYANGDAO, YIYUAN_BRANCH);

    public final Streets streets = new Streets();
    public final Organizations organizations = new Organizations();
    public final Members members = new Members();
    public final Audit audit = new Audit();

    private final Map<Long, Member> memberRecords = new ConcurrentHashMap<>();
    private final Map<Long, Organization> organizationRecords = new ConcurrentHashMap<>();
    private final Map<Long, List<Leader>> leaders = new ConcurrentHashMap<>();

    public FakeCore() {
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO, TIANEHU, null, 9);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO, YIYUAN, null, 4);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, false, TAIYANGDAO, TIANEHU,
                null, 0);
        organization(TIANEHU_GROUP_1, "天鹅湖第一党小组", OrganizationType.GROUP, true, TAIYANGDAO, TIANEHU,
                TIANEHU_BRANCH, 0);
        organization(TIANEHU_GROUP_2, "天鹅湖第二党小组", OrganizationType.GROUP, true, TAIYANGDAO, TIANEHU,
                TIANEHU_BRANCH, 0);
        organization(GENERAL_BRANCH, "太阳岛街道机关党总支", OrganizationType.GENERAL_BRANCH, false, TAIYANGDAO, null,
                null, 3);
        organization(SUB_BRANCH, "太阳岛街道机关第一党支部", OrganizationType.BRANCH, false, TAIYANGDAO, null,
                GENERAL_BRANCH, 3);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, true, SONGBEI, OUMEIYA, null, 5);
    }

    /** Adds an active full member of a branch (its street from the branch). */
    public Member member(long id, String name, long branchId) {
        return member(id, name, branchId, MemberStatus.ACTIVE);
    }

    public Member member(long id, String name, long branchId, MemberStatus status) {
        Organization branch = organizationRecords.get(branchId);
        Member m = new Member(id, 0L, name, Gender.FEMALE, "汉族", LocalDate.of(1950, 5, 1), null, null, null,
                branch.streetCode(), branch.communityCode(), branchId, CadreCategory.RETIRED, Membership.FULL,
                LocalDate.of(1975, 7, 1), null, null, LocalDate.of(2010, 5, 31), null, null, null, List.of(),
                List.of(), List.of(), List.of(), status, Boolean.FALSE, null);
        memberRecords.put(id, m);
        return m;
    }

    public void organization(long id, String name, OrganizationType type, boolean retiree, String street,
                             String community, Long parentId, int fullMembers) {
        organizationRecords.put(id, new Organization(id, 0L, name, type, retiree, street, community, parentId, null,
                OrganizationStatus.ACTIVE, fullMembers, fullMembers, List.of()));
    }

    /** Replaces an organization record, e.g. to change its status, founding date or head count. */
    public void replace(Organization o) {
        organizationRecords.put(o.id(), o);
    }

    public Organization org(long id) {
        return organizationRecords.get(id);
    }

    public void committeeMember(long branchId, long memberId) {
        leaders.computeIfAbsent(branchId, k -> new CopyOnWriteArrayList<>()).add(new Leader(1L, 0L, branchId,
                memberId, "", LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 1, 1), null, true));
    }

    private static boolean sees(Caller caller, String streetCode) {
        return caller.streetCode() == null || caller.streetCode().equals(streetCode);
    }

    public final class Streets implements StreetService {

        @Override
        public List<Street> list(Caller caller) {
            return List.of(new Street(TAIYANGDAO, "太阳岛街道", StreetKind.SUBDISTRICT, 2),
                    new Street(SONGBEI, "松北街道", StreetKind.SUBDISTRICT, 1)).stream()
                    .filter(s -> sees(caller, s.code())).toList();
        }

        @Override
        public Street get(Caller caller, String streetCode) {
            return list(caller).stream().filter(s -> s.code().equals(streetCode)).findFirst()
                    .orElseThrow(() -> ServiceException.notFound("STREET_NOT_FOUND", streetCode));
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
            if (!sees(caller, streetCode)) {
                throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            }
            return organizationRecords.values().stream()
                    .filter(o -> o.streetCode().equals(streetCode))
                    .filter(o -> type == null || o.type() == type)
                    .filter(o -> retiree == null || retiree.equals(o.retiree()))
                    .sorted(Comparator.comparing(Organization::id)).toList();
        }

        @Override
        public Organization get(Caller caller, long id) {
            Organization o = organizationRecords.get(id);
            if (o == null || !sees(caller, o.streetCode())) {
                throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
            }
            return o;
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
            return new Leadership(organizationId, leaders.getOrDefault(organizationId, List.of()), List.of(),
                    List.of());
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

        /** Like the core: only branch and status filters are used here, pages by id. */
        @Override
        public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
            if (!sees(caller, streetCode)) {
                throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            }
            if (query.size() < 1 || query.size() > MemberQuery.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page size " + query.size());
            }
            List<Member> all = memberRecords.values().stream()
                    .filter(m -> m.streetCode().equals(streetCode))
                    .filter(m -> query.branchId() == null || query.branchId().equals(m.branchId()))
                    .filter(m -> query.status() == null || query.status() == m.status())
                    .sorted(Comparator.comparing(Member::id)).toList();
            int from = Math.min(all.size(), query.page() * query.size());
            return new Page<>(all.subList(from, Math.min(all.size(), from + query.size())), query.page(),
                    query.size(), all.size());
        }

        /** Like the core (Access.seesMember): a branch secretary finds only their own branch's members. */
        @Override
        public Member get(Caller caller, long id) {
            Member m = memberRecords.get(id);
            if (m == null || !sees(caller, m.streetCode()) || caller.role() == Role.BRANCH_SECRETARY
                    && !m.branchId().equals(caller.branchId())) {
                throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
            }
            return m;
        }

        @Override
        public Member get(Caller caller, long id, Set<SensitiveField> unmask) {
            throw new UnsupportedOperationException("the bundle never needs sensitive fields");
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

    /** The audit log as written: one line per record call. */
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

        public List<String> actions() {
            return new ArrayList<>(entries.stream().map(Entry::action).toList());
        }
    }
}
