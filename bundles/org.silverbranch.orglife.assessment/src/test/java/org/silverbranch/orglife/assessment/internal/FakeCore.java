package org.silverbranch.orglife.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.CadreCategory;
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
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;

/**
 * Hand-written stand-ins for the core services the bundle calls, with the core's scope rules as far as they matter
 * here: a street's staff do not find another street's records (404), a branch secretary finds only the members of
 * their branch. Two streets of Songbei with retiree branches, members and secretary terms.
 */
public final class FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    /** 天鹅湖社区离退休干部党支部 (太阳岛街道). */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部 (太阳岛街道). */
    public static final long YIYUAN_BRANCH = 12;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;
    /** 天鹅湖社区党委: not a branch. */
    public static final long TIANEHU_COMMITTEE = 13;

    public final Organizations organizations = new Organizations();
    public final Members members = new Members();

    private final Map<Long, Member> memberRecords = new ConcurrentHashMap<>();
    private final Map<Long, Organization> organizationRecords = new ConcurrentHashMap<>();
    private final Map<Long, List<Leader>> leaders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    /** The day the core's "current" flag of terms is taken on (the core uses the real today). */
    public volatile LocalDate today = LocalDate.of(2026, 12, 20);
    /** Leadership calls, to see a list asks once per branch. */
    public final AtomicLong leadershipCalls = new AtomicLong();

    public FakeCore() {
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, SONGBEI);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, TAIYANGDAO);
    }

    private void organization(long id, String name, OrganizationType type, String street) {
        organizationRecords.put(id, new Organization(id, 0L, name, type, true, street, null, null, null,
                OrganizationStatus.ACTIVE, 0, 0, List.of()));
    }

    /** A new active full member of the branch. */
    public long member(String name, long branchId) {
        long id = ids.incrementAndGet();
        Organization branch = organizationRecords.get(branchId);
        memberRecords.put(id, new Member(id, 0L, name, Gender.FEMALE, "汉族", LocalDate.of(1950, 5, 1), null, null,
                null, branch.streetCode(), null, branchId, CadreCategory.RETIRED, Membership.FULL,
                LocalDate.of(1975, 7, 1), null, null, LocalDate.of(2010, 5, 31), null, null, null, List.of(),
                List.of(), List.of(), List.of(), MemberStatus.ACTIVE, Boolean.FALSE, null));
        return id;
    }

    /** A further organization, e.g. a general branch (党总支) in which members are filed directly. */
    public void addOrganization(long id, String name, OrganizationType type, String street) {
        organization(id, name, type, street);
    }

    /** The member moves (a transfer) to the branch, and so to its street. */
    public void move(long memberId, long branchId) {
        Member m = memberRecords.get(memberId);
        Organization branch = organizationRecords.get(branchId);
        memberRecords.put(memberId, new Member(m.id(), m.version() + 1, m.name(), m.gender(), m.ethnicity(),
                m.birthDate(), m.idNumber(), m.phone(), m.address(), branch.streetCode(), m.communityCode(), branchId,
                m.category(), m.membership(), m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(),
                m.retiredOn(), m.healthNotes(), m.residency(), m.education(), m.specialties(), m.hobbies(),
                m.serviceNeeds(), m.family(), m.status(), m.demo(), m.monthlyPensionFen()));
    }

    /** A secretary term of the member in the branch; {@code end} null runs on. */
    public void secretary(long branchId, long memberId, LocalDate start, LocalDate end) {
        leaders.computeIfAbsent(branchId, b -> new ArrayList<>()).add(new Leader(ids.incrementAndGet(), 0L, branchId,
                memberId, memberRecords.get(memberId).name(), LeaderRole.SECRETARY, start, end, null));
    }

    private static boolean sees(Caller caller, String streetCode) {
        return caller.streetCode() == null || caller.streetCode().equals(streetCode);
    }

    public final class Organizations implements OrganizationService {

        @Override
        public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
            return organizationRecords.values().stream()
                    .filter(o -> o.streetCode().equals(streetCode) && (type == null || o.type() == type))
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
        public Leadership leadership(Caller caller, long organizationId) {
            leadershipCalls.incrementAndGet();
            get(caller, organizationId);
            List<Leader> all = leaders.getOrDefault(organizationId, List.of()).stream().map(l -> new Leader(l.id(),
                    l.version(), l.organizationId(), l.memberId(), l.memberName(), l.role(), l.termStart(),
                    l.termEnd(), !l.termStart().isAfter(today) && (l.termEnd() == null || !l.termEnd().isBefore(today))))
                    .toList();
            return new Leadership(organizationId, all.stream().filter(Leader::current).toList(), List.of(),
                    all.stream().filter(l -> !l.current()).toList());
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
        public Leader appoint(Caller caller, long organizationId, Leader leader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version) {
            throw new UnsupportedOperationException();
        }
    }

    public final class Members implements MemberService {

        @Override
        public Member get(Caller caller, long id) {
            Member m = memberRecords.get(id);
            if (m == null || !sees(caller, m.streetCode())
                    || (caller.role() == Role.BRANCH_SECRETARY && !m.branchId().equals(caller.branchId()))) {
                throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
            }
            return m;
        }

        @Override
        public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
            List<Member> all = memberRecords.values().stream()
                    .filter(m -> m.streetCode().equals(streetCode) && sees(caller, streetCode))
                    .filter(m -> query.branchId() == null || query.branchId().equals(m.branchId()))
                    .filter(m -> query.status() == null || query.status() == m.status())
                    .sorted(Comparator.comparing(Member::name).thenComparing(Member::id)).toList();
            int from = Math.min(all.size(), query.page() * query.size());
            return new Page<>(all.subList(from, Math.min(all.size(), from + query.size())), query.page(),
                    query.size(), all.size());
        }

        @Override
        public Member get(Caller caller, long id, Set<SensitiveField> unmask) {
            if (!unmask.isEmpty()) {
                throw new UnsupportedOperationException("the bundle never needs sensitive fields");
            }
            return get(caller, id);  // the core's own GET /members/{id}, published beside this bundle in a test
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
}
