package org.silverbranch.orglife.dues.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberFacts;
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
 * Hand-written stand-ins for the core services the bundle calls, with the core's scope rules that matter here: a
 * street role sees its street only, a branch secretary only their branch's members, a specialist no member. A small
 * district: 太阳岛街道 (branches 天鹅湖 11, 怡园 12, and a community committee 13) and 松北街道 (branch 欧美亚 21).
 */
public final class FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final long TIANEHU_BRANCH = 11;
    public static final long YIYUAN_BRANCH = 12;
    public static final long TIANEHU_COMMITTEE = 13;
    public static final long OUMEIYA_BRANCH = 21;

    public static final Caller DISTRICT = new Caller("district", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("taiyangdao", Role.STREET_ADMIN, TAIYANGDAO, null);
    public static final Caller VIEWER = new Caller("viewer", Role.VIEWER, TAIYANGDAO, null);
    public static final Caller SONGBEI_ADMIN = new Caller("songbei", Role.STREET_ADMIN, SONGBEI, null);
    public static final Caller TIANEHU_SECRETARY = new Caller("tianehu", Role.BRANCH_SECRETARY, TAIYANGDAO,
            TIANEHU_BRANCH);
    public static final Caller YIYUAN_SECRETARY = new Caller("yiyuan", Role.BRANCH_SECRETARY, TAIYANGDAO,
            YIYUAN_BRANCH);

    public final Streets streets = new Streets();
    public final Organizations organizations = new Organizations();
    public final Members members = new Members();
    public final Audit audit = new Audit();

    private final Map<Long, Member> memberRecords = new ConcurrentHashMap<>();
    private final Map<Long, Organization> organizationRecords = new ConcurrentHashMap<>();
    private long nextId = 1000;

    public FakeCore() {
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, TAIYANGDAO);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, SONGBEI);
    }

    /** Adds an active member of the branch, joined the Party in 1975, with the pension (fen) or none. */
    public synchronized Member member(String name, long branchId, Long pensionFen) {
        return member(name, branchId, pensionFen, LocalDate.of(1975, 7, 1), MemberStatus.ACTIVE);
    }

    public synchronized Member member(String name, long branchId, Long pensionFen, LocalDate joined,
                                      MemberStatus status) {
        long id = ++nextId;
        String street = organizationRecords.get(branchId).streetCode();
        Member m = new Member(id, 0L, name, Gender.FEMALE, "汉族", LocalDate.of(1950, 5, 1), null, null, null,
                street, null, branchId, CadreCategory.RETIRED, Membership.FULL, joined, null, null,
                LocalDate.of(2010, 5, 31), null, null, null, List.of(), List.of(), List.of(), List.of(), status,
                Boolean.FALSE, pensionFen);
        memberRecords.put(id, m);
        return m;
    }

    private void organization(long id, String name, OrganizationType type, String street) {
        organizationRecords.put(id, new Organization(id, 0L, name, type, true, street, null, null, null,
                OrganizationStatus.ACTIVE, 0, 0, List.of()));
    }

    private static boolean seesStreet(Caller caller, String streetCode) {
        return caller.streetCode() == null || caller.streetCode().equals(streetCode);
    }

    /** The audit entries written, as "ACTION entityType entityId". */
    public static final class Audit implements AuditTrail {

        public final List<String> entries = new CopyOnWriteArrayList<>();
        public final List<Map<String, List<String>>> changes = new CopyOnWriteArrayList<>();

        @Override
        public void record(Caller caller, String action, String entityType, String entityId,
                           Map<String, List<String>> changes) {
            entries.add(action + " " + entityType + " " + entityId);
            this.changes.add(changes);
        }
    }

    public final class Streets implements StreetService {

        @Override
        public List<Street> list(Caller caller) {
            return List.of(TAIYANGDAO, SONGBEI).stream().filter(s -> seesStreet(caller, s)).map(s -> get(caller, s))
                    .toList();
        }

        @Override
        public Street get(Caller caller, String streetCode) {
            if (!seesStreet(caller, streetCode)) {
                throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            }
            return switch (streetCode) {
                case TAIYANGDAO -> new Street(TAIYANGDAO, "太阳岛街道", StreetKind.SUBDISTRICT, 2);
                case SONGBEI -> new Street(SONGBEI, "松北街道", StreetKind.SUBDISTRICT, 1);
                default -> throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            };
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
                    .sorted(Comparator.comparing(Organization::id)).toList();
        }

        @Override
        public Organization get(Caller caller, long id) {
            Organization o = organizationRecords.get(id);
            if (o == null || !seesStreet(caller, o.streetCode())) {
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

        /** How many search pages were asked for. */
        public volatile int searches;
        /** How many bulk reads ({@link #facts}) were asked for, with the street asked (null: the district). */
        public final List<String> factsCalls = new CopyOnWriteArrayList<>();

        private boolean sees(Caller caller, Member m) {
            if (!seesStreet(caller, m.streetCode()) || caller.role() == Role.SPECIALIST) {
                return false;
            }
            return caller.role() != Role.BRANCH_SECRETARY || Objects.equals(caller.branchId(), m.branchId());
        }

        @Override
        public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
            searches++;
            streets.get(caller, streetCode);
            if (query.size() > MemberQuery.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page too large");
            }
            List<Member> all = memberRecords.values().stream()
                    .filter(m -> m.streetCode().equals(streetCode) && sees(caller, m))
                    .filter(m -> query.branchId() == null || query.branchId().equals(m.branchId()))
                    .filter(m -> query.status() == null || query.status() == m.status())
                    .sorted(Comparator.comparing(Member::id)).toList();
            int from = Math.min(all.size(), query.page() * query.size());
            return new Page<>(all.subList(from, Math.min(all.size(), from + query.size())), query.page(),
                    query.size(), all.size());
        }

        /** As the core: every status, id order, the caller's scope; the district for district-wide callers only. */
        @Override
        public List<MemberFacts> facts(Caller caller, String streetCode) {
            factsCalls.add(streetCode);
            if (streetCode == null && caller.streetCode() != null) {
                throw ServiceException.forbidden("FORBIDDEN");
            }
            if (streetCode != null) {
                streets.get(caller, streetCode);
            }
            return memberRecords.values().stream()
                    .filter(m -> (streetCode == null || m.streetCode().equals(streetCode)) && sees(caller, m))
                    .sorted(Comparator.comparing(Member::id))
                    .map(m -> new MemberFacts(m.id(), m.name(), m.streetCode(), m.communityCode(), m.branchId(),
                            m.category(), m.membership(), m.status(),
                            m.residency() == null ? null : m.residency().status(),
                            m.residency() == null ? null : m.residency().expectedReturn(), m.joinedPartyOn(),
                            m.monthlyPensionFen()))
                    .toList();
        }

        @Override
        public Member get(Caller caller, long id) {
            Member m = memberRecords.get(id);
            if (m == null || !sees(caller, m)) {
                throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
            }
            return m;
        }

        @Override
        public Member get(Caller caller, long id, Set<SensitiveField> unmask) {
            throw new UnsupportedOperationException("dues never need sensitive fields");
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
            return new ArrayList<>();
        }
    }
}
