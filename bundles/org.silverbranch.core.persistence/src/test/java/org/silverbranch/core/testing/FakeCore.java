package org.silverbranch.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;

/**
 * In-memory stand-ins for the core services a bundle calls ({@link StreetService}, {@link OrganizationService},
 * {@link MemberService}, {@link AuditTrail}), shared by the bundles' tests through the core.persistence test-jar.
 *
 * <p>The fake starts empty; a test (or a bundle's thin subclass naming its own small district) adds records with the
 * builder-style helpers: {@link #street}, {@link #community}, {@link #organization}, {@link #member(long, String,
 * long)} / {@link #newMember}, {@link #leader}. Reads apply the real core's scope rules and error codes:
 * <ul>
 * <li>a caller without a street (district roles, system callers) sees every street; a street-bound caller (street
 * admin, viewer, branch secretary, specialist) sees its own street only — any other street is
 * {@code 404 STREET_NOT_FOUND}, another street's organization {@code 404 ORGANIZATION_NOT_FOUND};</li>
 * <li>members: within the street, a branch secretary sees only their branch's members and a specialist no member;
 * a member outside the caller's scope is {@code 404 MEMBER_NOT_FOUND} from {@code get} and left out of
 * {@code search} and {@code facts};</li>
 * <li>{@code facts(caller, null)} (the whole district) is {@code 403 FORBIDDEN} for street-bound callers.</li>
 * </ul>
 * Writes the bundles never make ({@code create}, {@code update}, transfers, appointments) throw
 * {@link UnsupportedOperationException}. The audit trail records every call in {@link Audit#entries}. Reads are
 * counted ({@link Members#searches}, {@link Members#factsCalls}, {@link Organizations#leadershipCalls}) so tests can
 * assert how a bundle reads the core. Thread-safe.
 *
 * <p>Subclass it to name a fixed district (constants and records added in the constructor) or to add behaviour; the
 * service views are non-final classes whose methods may be overridden via {@link #newStreets()},
 * {@link #newOrganizations()} and {@link #newMembers()}.
 */
public class FakeCore {

    /** The street service view. */
    public final Streets streets;
    /** The organization service view. */
    public final Organizations organizations;
    /** The member service view. */
    public final Members members;
    /** The audit trail, recording every entry. */
    public final Audit audit = new Audit();

    protected final Map<String, Street> streetRecords = new ConcurrentHashMap<>();
    protected final Map<String, Community> communityRecords = new ConcurrentHashMap<>();
    protected final Map<Long, Organization> organizationRecords = new ConcurrentHashMap<>();
    protected final Map<Long, Member> memberRecords = new ConcurrentHashMap<>();
    protected final Map<Long, List<Leader>> leaders = new ConcurrentHashMap<>();
    private final AtomicLong ids;
    /** The day a leader's "current" flag is taken on when the record leaves it null; null: the real today. */
    protected volatile LocalDate today;
    /** Whether reads mask the sensitive fields as the core does (see {@link #masked}); off by default. */
    protected volatile boolean maskSensitive;
    /** Whether organizations' head counts are computed from the members held, as the core does; off by default. */
    protected volatile boolean liveCounts;
    /** The order of {@link Members#search} results; the id by default. */
    protected volatile Comparator<Member> searchOrder = Comparator.comparing(Member::id);

    /** An empty core; generated ids ({@link #nextId()}) start after 1000. */
    public FakeCore() {
        this(1000);
    }

    /** An empty core whose generated ids start after {@code firstId}. */
    public FakeCore(long firstId) {
        ids = new AtomicLong(firstId);
        streets = newStreets();
        organizations = newOrganizations();
        members = newMembers();
    }

    protected Streets newStreets() {
        return new Streets();
    }

    protected Organizations newOrganizations() {
        return new Organizations();
    }

    protected Members newMembers() {
        return new Members();
    }

    /** Sets the day leaders' terms are judged current on (see {@link #leader(Leader)}). */
    public void today(LocalDate day) {
        today = day;
    }

    /** Masks the sensitive fields in member reads from now on, as the core does (see {@link #masked}). */
    public void maskSensitive(boolean on) {
        maskSensitive = on;
    }

    /** Computes organizations' member and full-member counts from the active members held, as the core does. */
    public void liveCounts(boolean on) {
        liveCounts = on;
    }

    /** A new id, unique within this core. */
    public long nextId() {
        return ids.incrementAndGet();
    }

    /** The id {@link #nextId()} gave last. */
    public long lastId() {
        return ids.get();
    }

    // ---------------------------------------------------------------- records

    /** Adds a subdistrict street; its community count follows the communities added to it. */
    public Street street(String code, String name) {
        return street(new Street(code, name, StreetKind.SUBDISTRICT, 0));
    }

    /** Adds (or replaces) a street record as given. */
    public Street street(Street street) {
        streetRecords.put(street.code(), street);
        return street;
    }

    /** Adds a community of a street (adding the street's community count). */
    public Community community(String code, String name, String streetCode) {
        Community c = new Community(code, name, streetCode);
        communityRecords.put(code, c);
        return c;
    }

    /**
     * Adds an active organization with the given head count (members and full members).
     *
     * @param parentId the organization above it, or null
     */
    public Organization organization(long id, String name, OrganizationType type, boolean retiree, String street,
                                     String community, Long parentId, int fullMembers) {
        return replace(new Organization(id, 0L, name, type, retiree, street, community, parentId, null,
                OrganizationStatus.ACTIVE, fullMembers, fullMembers, List.of()));
    }

    /** Adds an active organization with no community, parent or head count. */
    public Organization organization(long id, String name, OrganizationType type, boolean retiree, String street) {
        return organization(id, name, type, retiree, street, null, null, 0);
    }

    /** Adds or replaces an organization record, e.g. to change its status, founding date or head count. */
    public Organization replace(Organization o) {
        organizationRecords.put(o.id(), o);
        return o;
    }

    /** Sets an organization's status. */
    public Organization status(long organizationId, OrganizationStatus status) {
        Organization o = org(organizationId);
        return replace(new Organization(o.id(), o.version(), o.name(), o.type(), o.retiree(), o.streetCode(),
                o.communityCode(), o.parentId(), o.foundedOn(), status, o.memberCount(), o.fullMemberCount(),
                o.vacancies()));
    }

    /** The organization record, unscoped, or null. */
    public Organization org(long id) {
        return organizationRecords.get(id);
    }

    /** Adds an active full member of a branch (street and community from the branch). */
    public Member member(long id, String name, long branchId) {
        return newMember(id, name, branchId).add();
    }

    /** Adds a member of a branch with the given status. */
    public Member member(long id, String name, long branchId, MemberStatus status) {
        return newMember(id, name, branchId).status(status).add();
    }

    /** Adds or replaces a member record as given. */
    public Member member(Member m) {
        memberRecords.put(m.id(), m);
        return m;
    }

    /** The member record, unscoped, or null. */
    public Member memberRecord(long id) {
        return memberRecords.get(id);
    }

    /** All member records, unscoped, in id order. */
    public List<Member> memberRecords() {
        return memberRecords.values().stream().sorted(Comparator.comparing(Member::id)).toList();
    }

    /** Starts a member of a branch with a generated id; finish with {@link MemberBuilder#add()}. */
    public MemberBuilder newMember(String name, long branchId) {
        return newMember(nextId(), name, branchId);
    }

    /**
     * Starts a member of a branch: street and community from the branch, female, 汉族, born 1950-05-01, retired cadre,
     * full member since 1975-07-01, retired 2010-05-31, active, resident unless set, no pension.
     */
    public MemberBuilder newMember(long id, String name, long branchId) {
        Organization branch = organizationRecords.get(branchId);
        if (branch == null) {
            throw new IllegalArgumentException("no organization " + branchId);
        }
        return new MemberBuilder(id, name, branch.streetCode(), branch.communityCode(), branchId);
    }

    /** Adds a current leader of an organization. */
    public Leader leader(long organizationId, long memberId, LeaderRole role, LocalDate termStart) {
        return leader(new Leader(nextId(), 0L, organizationId, memberId, "", role, termStart, null, true));
    }

    /**
     * Adds a leader record as given: current or past by {@link Leader#current()}, or, when that is null, by whether
     * the term covers {@link #today(LocalDate) today} (as the core does).
     */
    public Leader leader(Leader leader) {
        leaders.computeIfAbsent(leader.organizationId(), k -> new CopyOnWriteArrayList<>()).add(leader);
        return leader;
    }

    /** Builder for a member record. */
    public final class MemberBuilder {
        private final long id;
        private String name;
        private Gender gender = Gender.FEMALE;
        private String ethnicity = "汉族";
        private LocalDate birthDate = LocalDate.of(1950, 5, 1);
        private String idNumber;
        private String phone;
        private String address;
        private String streetCode;
        private String communityCode;
        private Long branchId;
        private CadreCategory category = CadreCategory.RETIRED;
        private Membership membership = Membership.FULL;
        private LocalDate joinedPartyOn = LocalDate.of(1975, 7, 1);
        private String formerEmployer;
        private String formerPosition;
        private LocalDate retiredOn = LocalDate.of(2010, 5, 31);
        private String healthNotes;
        private Residency residency;
        private String education;
        private List<String> specialties = List.of();
        private List<String> hobbies = List.of();
        private List<String> serviceNeeds = List.of();
        private MemberStatus status = MemberStatus.ACTIVE;
        private Boolean demo = Boolean.FALSE;
        private Long monthlyPensionFen;

        private MemberBuilder(long id, String name, String streetCode, String communityCode, Long branchId) {
            this.id = id;
            this.name = name;
            this.streetCode = streetCode;
            this.communityCode = communityCode;
            this.branchId = branchId;
        }

        public MemberBuilder gender(Gender v) { gender = v; return this; }
        public MemberBuilder ethnicity(String v) { ethnicity = v; return this; }
        public MemberBuilder birthDate(LocalDate v) { birthDate = v; return this; }
        public MemberBuilder idNumber(String v) { idNumber = v; return this; }
        public MemberBuilder phone(String v) { phone = v; return this; }
        public MemberBuilder address(String v) { address = v; return this; }
        public MemberBuilder street(String v) { streetCode = v; return this; }
        public MemberBuilder community(String v) { communityCode = v; return this; }
        public MemberBuilder category(CadreCategory v) { category = v; return this; }
        public MemberBuilder membership(Membership v) { membership = v; return this; }
        public MemberBuilder joinedPartyOn(LocalDate v) { joinedPartyOn = v; return this; }
        public MemberBuilder formerEmployer(String v) { formerEmployer = v; return this; }
        public MemberBuilder formerPosition(String v) { formerPosition = v; return this; }
        public MemberBuilder retiredOn(LocalDate v) { retiredOn = v; return this; }
        public MemberBuilder healthNotes(String v) { healthNotes = v; return this; }
        public MemberBuilder residency(Residency v) { residency = v; return this; }
        public MemberBuilder education(String v) { education = v; return this; }
        public MemberBuilder specialties(List<String> v) { specialties = List.copyOf(v); return this; }
        public MemberBuilder hobbies(List<String> v) { hobbies = List.copyOf(v); return this; }
        public MemberBuilder serviceNeeds(List<String> v) { serviceNeeds = List.copyOf(v); return this; }
        public MemberBuilder status(MemberStatus v) { status = v; return this; }
        public MemberBuilder demo(Boolean v) { demo = v; return this; }
        public MemberBuilder monthlyPensionFen(Long v) { monthlyPensionFen = v; return this; }

        /** The record, not added. */
        public Member build() {
            return new Member(id, 0L, name, gender, ethnicity, birthDate, idNumber, phone, address, streetCode,
                    communityCode, branchId, category, membership, joinedPartyOn, formerEmployer, formerPosition,
                    retiredOn, healthNotes, residency, education, specialties, hobbies, serviceNeeds, List.of(), status,
                    demo, monthlyPensionFen);
        }

        /** Adds the record to the core and returns it. */
        public Member add() {
            return member(build());
        }
    }

    // ---------------------------------------------------------------- scope (as the core's Access)

    /** Whether the caller sees the street: district-wide callers every street, others their own. */
    public static boolean seesStreet(Caller caller, String streetCode) {
        return caller.streetCode() == null || caller.streetCode().equals(streetCode);
    }

    /** Whether the caller sees the member: the street's, a branch secretary's own branch, a specialist none. */
    public static boolean seesMember(Caller caller, Member m) {
        if (!seesStreet(caller, m.streetCode()) || caller.role() == Role.SPECIALIST) {
            return false;
        }
        return caller.role() != Role.BRANCH_SECRETARY || Objects.equals(caller.branchId(), m.branchId());
    }

    /** The facts of a member record, as the core's bulk read returns them. */
    public static MemberFacts facts(Member m) {
        return new MemberFacts(m.id(), m.name(), m.streetCode(), m.communityCode(), m.branchId(), m.category(),
                m.membership(), m.status(), m.residency() == null ? null : m.residency().status(),
                m.residency() == null ? null : m.residency().expectedReturn(), m.joinedPartyOn(),
                m.monthlyPensionFen());
    }

    /** Keeps the first two characters of a sensitive value and masks the rest: "海南****". */
    public static String mask(String value) {
        return value == null ? null : value.substring(0, Math.min(2, value.length())) + "****";
    }

    /** The member with the sensitive fields (id number, phone, health notes, residency place) masked except unmask. */
    public static Member masked(Member m, Set<SensitiveField> unmask) {
        Residency r = m.residency();
        Residency residency = r == null || unmask.contains(SensitiveField.RESIDENCY_PLACE) ? r
                : new Residency(r.status(), mask(r.place()), r.since(), r.expectedReturn());
        return new Member(m.id(), m.version(), m.name(), m.gender(), m.ethnicity(), m.birthDate(),
                unmask.contains(SensitiveField.ID_NUMBER) ? m.idNumber() : mask(m.idNumber()),
                unmask.contains(SensitiveField.PHONE) ? m.phone() : mask(m.phone()), m.address(), m.streetCode(),
                m.communityCode(), m.branchId(), m.category(), m.membership(), m.joinedPartyOn(),
                m.formerEmployer(), m.formerPosition(), m.retiredOn(),
                unmask.contains(SensitiveField.HEALTH_NOTES) ? m.healthNotes() : mask(m.healthNotes()), residency,
                m.education(), m.specialties(), m.hobbies(), m.serviceNeeds(), m.family(), m.status(), m.demo(),
                m.monthlyPensionFen());
    }

    /** A member as a read returns it: masked if {@link #maskSensitive(boolean)} is on. */
    protected Member present(Member m, Set<SensitiveField> unmask) {
        return maskSensitive ? masked(m, unmask) : m;
    }

    /** An organization as a read returns it: with live head counts if {@link #liveCounts(boolean)} is on. */
    protected Organization present(Organization o) {
        if (!liveCounts) {
            return o;
        }
        List<Member> active = memberRecords.values().stream()
                .filter(m -> o.id().equals(m.branchId()) && m.status() == MemberStatus.ACTIVE).toList();
        int full = (int) active.stream().filter(m -> m.membership() == Membership.FULL).count();
        return new Organization(o.id(), o.version(), o.name(), o.type(), o.retiree(), o.streetCode(),
                o.communityCode(), o.parentId(), o.foundedOn(), o.status(), active.size(), full, o.vacancies());
    }

    // ---------------------------------------------------------------- services

    /** Streets in code order, scoped; {@code 404 STREET_NOT_FOUND} outside scope. */
    public class Streets implements StreetService {

        @Override
        public List<Street> list(Caller caller) {
            return streetRecords.keySet().stream().filter(s -> seesStreet(caller, s)).sorted()
                    .map(s -> get(caller, s)).toList();
        }

        @Override
        public Street get(Caller caller, String streetCode) {
            Street s = streetCode == null ? null : streetRecords.get(streetCode);
            if (s == null || !seesStreet(caller, streetCode)) {
                throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            }
            int communities = (int) communityRecords.values().stream()
                    .filter(c -> c.streetCode().equals(streetCode)).count();
            return communities == 0 ? s : new Street(s.code(), s.name(), s.kind(), communities);
        }

        @Override
        public List<Community> communities(Caller caller, String streetCode) {
            get(caller, streetCode);
            return communityRecords.values().stream().filter(c -> c.streetCode().equals(streetCode))
                    .sorted(Comparator.comparing(Community::code)).toList();
        }

        @Override
        public DistrictCounts counts(Caller caller, String streetCode) {
            throw new UnsupportedOperationException("counts");
        }
    }

    /** Organizations in id order, scoped by street; {@code 404 ORGANIZATION_NOT_FOUND} outside scope. */
    public class Organizations implements OrganizationService {

        /** How many leadership reads were asked for. */
        public final AtomicInteger leadershipCalls = new AtomicInteger();

        @Override
        public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
            streets.get(caller, streetCode);
            return organizationRecords.values().stream()
                    .filter(o -> o.streetCode().equals(streetCode))
                    .filter(o -> type == null || o.type() == type)
                    .filter(o -> retiree == null || retiree.equals(o.retiree()))
                    .sorted(Comparator.comparing(Organization::id)).map(FakeCore.this::present).toList();
        }

        @Override
        public Organization get(Caller caller, long id) {
            Organization o = organizationRecords.get(id);
            if (o == null || !seesStreet(caller, o.streetCode())) {
                throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
            }
            return present(o);
        }

        @Override
        public Organization create(Caller caller, String streetCode, Organization organization) {
            throw new UnsupportedOperationException("create");
        }

        @Override
        public Organization update(Caller caller, long id, Organization organization) {
            throw new UnsupportedOperationException("update");
        }

        /** The current and past leaders added with {@link FakeCore#leader}; no vacancies. */
        @Override
        public Leadership leadership(Caller caller, long organizationId) {
            leadershipCalls.incrementAndGet();
            get(caller, organizationId);
            LocalDate day = today == null ? LocalDate.now() : today;
            List<Leader> all = leaders.getOrDefault(organizationId, List.of()).stream()
                    .map(l -> l.current() != null ? l : new Leader(l.id(), l.version(), l.organizationId(),
                            l.memberId(), l.memberName(), l.role(), l.termStart(), l.termEnd(),
                            !l.termStart().isAfter(day) && (l.termEnd() == null || !l.termEnd().isBefore(day))))
                    .toList();
            return new Leadership(organizationId, all.stream().filter(Leader::current).toList(), List.of(),
                    all.stream().filter(l -> !l.current()).toList());
        }

        @Override
        public Leader appoint(Caller caller, long organizationId, Leader leader) {
            throw new UnsupportedOperationException("appoint");
        }

        @Override
        public Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version) {
            throw new UnsupportedOperationException("endTerm");
        }
    }

    /** Members (search in {@link FakeCore#searchOrder}) within the caller's scope; {@code 404 MEMBER_NOT_FOUND} outside it. */
    public class Members implements MemberService {

        /** How many search pages were asked for (a test may reset it). */
        public volatile int searches;
        /** The street of every bulk read ({@link #facts}) asked for (null: the district). */
        public final List<String> factsCalls = new CopyOnWriteArrayList<>();

        /** Filters by branch, community, residency and status (the text query {@code q} matches the name). */
        @Override
        public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
            synchronized (this) {
                searches++;
            }
            streets.get(caller, streetCode);
            if (query.size() < 1 || query.size() > MemberQuery.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page size " + query.size());
            }
            List<Member> all = memberRecords.values().stream()
                    .filter(m -> m.streetCode().equals(streetCode) && seesMember(caller, m))
                    .filter(m -> query.q() == null || m.name().contains(query.q()))
                    .filter(m -> query.branchId() == null || query.branchId().equals(m.branchId()))
                    .filter(m -> query.communityCode() == null || query.communityCode().equals(m.communityCode()))
                    .filter(m -> query.residency() == null
                            || m.residency() != null && query.residency() == m.residency().status())
                    .filter(m -> query.status() == null || query.status() == m.status())
                    .sorted(searchOrder).map(m -> present(m, Set.of())).toList();
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
                    .filter(m -> (streetCode == null || m.streetCode().equals(streetCode)) && seesMember(caller, m))
                    .sorted(Comparator.comparing(Member::id)).map(FakeCore::facts).toList();
        }

        @Override
        public Member get(Caller caller, long id) {
            return get(caller, id, Set.of());
        }

        /** The record, with the fields asked for unmasked (when masking is on). */
        @Override
        public Member get(Caller caller, long id, Set<SensitiveField> unmask) {
            Member m = memberRecords.get(id);
            if (m == null || !seesMember(caller, m)) {
                throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
            }
            return present(m, unmask);
        }

        @Override
        public List<Member> findByIdNumber(Caller caller, String idNumber) {
            return memberRecords.values().stream()
                    .filter(m -> idNumber != null && idNumber.equals(m.idNumber()) && seesMember(caller, m))
                    .sorted(Comparator.comparing(Member::id)).map(m -> present(m, Set.of())).toList();
        }

        @Override
        public Member create(Caller caller, String streetCode, Member member) {
            throw new UnsupportedOperationException("create");
        }

        @Override
        public Member update(Caller caller, long id, Member member) {
            throw new UnsupportedOperationException("update");
        }

        @Override
        public Transfer transfer(Caller caller, long memberId, TransferRequest request) {
            throw new UnsupportedOperationException("transfer");
        }

        @Override
        public List<Transfer> transfers(Caller caller, long memberId) {
            return new ArrayList<>();
        }
    }

    /** The audit log as written: one entry per record call. */
    public static class Audit implements AuditTrail {

        /** One recorded call. */
        public record Entry(String username, Role role, String action, String entityType, String entityId,
                            Map<String, List<String>> changes) {
        }

        public final List<Entry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(Caller caller, String action, String entityType, String entityId,
                           Map<String, List<String>> changes) {
            entries.add(new Entry(caller.username(), caller.role(), action, entityType, entityId, changes));
        }

        /** The actions recorded, in order. */
        public List<String> actions() {
            return new ArrayList<>(entries.stream().map(Entry::action).toList());
        }

        /** The entries as "ACTION entityType entityId", in order. */
        public List<String> lines() {
            return new ArrayList<>(entries.stream()
                    .map(e -> e.action() + " " + e.entityType() + " " + e.entityId()).toList());
        }

        /** The changes of each entry, in order. */
        public List<Map<String, List<String>>> changes() {
            return new ArrayList<>(entries.stream().map(Entry::changes).toList());
        }
    }
}
