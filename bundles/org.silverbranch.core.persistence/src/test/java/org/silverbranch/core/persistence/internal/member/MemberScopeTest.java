package org.silverbranch.core.persistence.internal.member;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.core.persistence.internal.member.MemberServiceTest.expect;
import static org.silverbranch.core.persistence.internal.member.MemberServiceTest.wangXiulan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.AuditEntry;
import org.silverbranch.core.api.model.AuditQuery;
import org.silverbranch.core.api.model.FamilyContact;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.TransferRequest;
import org.silverbranch.core.persistence.internal.TestDatabase;
import org.silverbranch.core.persistence.internal.audit.AuditServiceImpl;
import org.silverbranch.core.persistence.internal.district.DemoDistrictFixture;
import org.silverbranch.core.persistence.internal.organization.OrganizationServiceImpl;
import org.silverbranch.core.persistence.internal.street.StreetServiceImpl;

/** Scope, masking and audit of the core services, role by role, on a real database. */
public class MemberScopeTest {

    private static final Caller ADMIN = Caller.system("test");
    private static final String SUN_ISLAND = "230109002";
    private static final String SONGBEI = "230109005";
    private static TestDatabase db;
    private static MemberServiceImpl members;
    private static OrganizationServiceImpl organizations;
    private static StreetServiceImpl streets;
    private static AuditServiceImpl audit;
    private static long tianehu;
    private static long yiyuan;
    private static long foreignBranch;
    private static Member own;
    private static Member ownOtherBranch;
    private static Member foreign;
    private static Caller streetAdmin;
    private static Caller viewer;
    private static Caller secretary;
    private static Caller specialist;
    private static Caller auditor;

    @BeforeClass
    public static void load() {
        db = new TestDatabase();
        DemoDistrictFixture.load(db, 40);
        members = new MemberServiceImpl(db, null, TestDatabase.PROTECTION);
        organizations = new OrganizationServiceImpl(db, null);
        streets = new StreetServiceImpl(db, null);
        audit = new AuditServiceImpl(db, null);
        List<Organization> sun = organizations.list(ADMIN, SUN_ISLAND, OrganizationType.BRANCH, true);
        tianehu = sun.stream().filter(o -> o.name().startsWith("天鹅湖")).findFirst().orElseThrow().id();
        yiyuan = sun.stream().filter(o -> o.name().startsWith("怡园")).findFirst().orElseThrow().id();
        foreignBranch = organizations.list(ADMIN, SONGBEI, OrganizationType.BRANCH, true).get(0).id();
        own = members.create(ADMIN, SUN_ISLAND, wangXiulan(tianehu));
        ownOtherBranch = members.create(ADMIN, SUN_ISLAND, wangXiulan(yiyuan));
        Member f = wangXiulan(foreignBranch);
        foreign = members.create(ADMIN, SONGBEI, new Member(null, null, "外街成员", f.gender(), f.ethnicity(),
                f.birthDate(), f.idNumber(), f.phone(), f.address(), null, "230109005003", foreignBranch,
                f.category(), f.membership(), f.joinedPartyOn(), null, null, null, null, null, null, null, null, null,
                null, null, null, null));
        streetAdmin = new Caller("sa", Role.STREET_ADMIN, SUN_ISLAND, null);
        viewer = new Caller("vw", Role.VIEWER, SUN_ISLAND, null);
        secretary = new Caller("bs", Role.BRANCH_SECRETARY, SUN_ISLAND, tianehu);
        specialist = new Caller("sp", Role.SPECIALIST, SUN_ISLAND, null);
        auditor = new Caller("au", Role.AUDITOR, null, null);
    }

    @Test
    public void factsOfAStreetInOneAnswerKeepTheCallersScope() {
        List<MemberFacts> street = members.facts(streetAdmin, SUN_ISLAND);
        List<Member> paged = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Member> items = members.search(ADMIN, SUN_ISLAND, new MemberQuery(null, null, null, null, null, page,
                    200, null)).items();
            paged.addAll(items);
            if (items.size() < 200) {
                break;
            }
        }
        assertEquals(paged.stream().map(Member::id).sorted().toList(), street.stream().map(MemberFacts::id).toList());
        MemberFacts first = street.stream().filter(f -> f.id() == own.id()).findFirst().orElseThrow();
        assertEquals(own.name(), first.name());
        assertEquals(Long.valueOf(tianehu), first.branchId());
        assertEquals(own.residency().status(), first.residency());
        assertEquals(own.monthlyPensionFen(), first.monthlyPensionFen());

        assertTrue(members.facts(secretary, SUN_ISLAND).stream().allMatch(f -> f.branchId() == tianehu));
        assertTrue(members.facts(specialist, SUN_ISLAND).isEmpty());
        assertEquals("STREET_NOT_FOUND", expect(() -> members.facts(viewer, SONGBEI)).code());
        assertEquals("FORBIDDEN", expect(() -> members.facts(streetAdmin, null)).code());
        List<MemberFacts> district = members.facts(auditor, null);
        assertTrue(district.stream().anyMatch(f -> f.id() == foreign.id()));
        assertEquals(district.size(), district.stream().map(MemberFacts::id).distinct().count());
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void anotherStreetsRecordsAreNotFoundAndItsListsEmpty() {
        for (Caller c : List.of(streetAdmin, viewer, secretary, specialist)) {
            String who = c.role().name();
            assertEquals(who, ErrorKind.NOT_FOUND, expect(() -> members.get(c, foreign.id())).kind());
            assertEquals(who, "MEMBER_NOT_FOUND", expect(() -> members.get(c, foreign.id())).code());
            assertEquals(who, ErrorKind.NOT_FOUND, expect(() -> members.transfers(c, foreign.id())).kind());
            assertEquals(who, "STREET_NOT_FOUND", expect(() -> members.search(c, SONGBEI, all())).code());
            assertEquals(who, "STREET_NOT_FOUND", expect(() -> streets.get(c, SONGBEI)).code());
            assertEquals(who, "STREET_NOT_FOUND", expect(() -> organizations.list(c, SONGBEI, null, null)).code());
            assertEquals(who, "ORGANIZATION_NOT_FOUND", expect(() -> organizations.get(c, foreignBranch)).code());
            assertEquals(who, List.of(SUN_ISLAND), streets.list(c).stream().map(s -> s.code()).toList());
            assertEquals(who, SUN_ISLAND, streets.counts(c, null).streetCode());
        }
        assertEquals(9, streets.list(auditor).size());
        assertEquals("外街成员", members.get(auditor, foreign.id()).name());
    }

    @Test
    public void writesOutsideTheScopeAreForbiddenAndLookLikeWritesToNothing() {
        TransferRequest intoOwnStreet = new TransferRequest(tianehu, null, LocalDate.now(), null, foreign.version());
        for (Caller c : List.of(streetAdmin, secretary)) {
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.update(c, foreign.id(), foreign)).kind());
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.update(c, 987_654L, foreign)).kind());
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.transfer(c, foreign.id(), intoOwnStreet)).kind());
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.create(c, SONGBEI, wangXiulan(foreignBranch))).kind());
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.create(c, "230109999", wangXiulan(tianehu))).kind());
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> organizations.appoint(c, foreignBranch,
                    new Leader(null, null, null, foreign.id(), null, LeaderRole.COMMITTEE_MEMBER, LocalDate.now(), null,
                            null))).kind());
        }
        assertEquals("MEMBER_NOT_FOUND", expect(() -> members.update(ADMIN, 987_654L, foreign)).code());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> organizations.create(streetAdmin, SONGBEI,
                organizations.get(ADMIN, foreignBranch))).kind());
    }

    @Test
    public void readOnlyRolesNeverWrite() {
        for (Caller c : List.of(viewer, auditor, specialist)) {
            String who = c.role().name();
            assertEquals(who, ErrorKind.FORBIDDEN, expect(() -> members.update(c, own.id(), own)).kind());
            assertEquals(who, ErrorKind.FORBIDDEN, expect(() -> members.create(c, SUN_ISLAND, wangXiulan(tianehu))).kind());
            assertEquals(who, ErrorKind.FORBIDDEN, expect(() -> organizations.update(c, tianehu,
                    organizations.get(ADMIN, tianehu))).kind());
        }
    }

    @Test
    public void aSecretarySeesAndEditsOnlyTheirBranch() {
        assertEquals(own.id(), members.get(secretary, own.id()).id());
        assertEquals("MEMBER_NOT_FOUND", expect(() -> members.get(secretary, ownOtherBranch.id())).code());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.update(secretary, ownOtherBranch.id(),
                ownOtherBranch)).kind());
        assertTrue(members.search(secretary, SUN_ISLAND, all()).items().stream()
                .allMatch(m -> m.branchId().equals(tianehu)));
        assertEquals(0, members.search(secretary, SUN_ISLAND,
                new MemberQuery(null, yiyuan, null, null, null, 0, 200, null)).total());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.create(secretary, SUN_ISLAND, wangXiulan(yiyuan))).kind());
        Member mine = members.create(secretary, SUN_ISLAND, wangXiulan(tianehu));
        assertEquals(Long.valueOf(tianehu), mine.branchId());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> organizations.update(secretary, tianehu,
                organizations.get(ADMIN, tianehu))).kind());
    }

    @Test
    public void specialistsSeeNoMembersYet() {
        assertEquals(0, members.search(specialist, SUN_ISLAND, all()).total());
        assertEquals("MEMBER_NOT_FOUND", expect(() -> members.get(specialist, own.id())).code());
    }

    @Test
    public void listsOfAStreetAdminHoldOnlyTheirStreet() {
        List<Member> found = members.search(streetAdmin, SUN_ISLAND, all()).items();
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(m -> SUN_ISLAND.equals(m.streetCode())));
        assertTrue(found.stream().noneMatch(m -> m.id().equals(foreign.id())));
        Member request = inSongbei(wangXiulan(foreignBranch));
        Member withForeignId = members.create(ADMIN, SONGBEI, request);
        assertEquals("searching another street's ID number finds nothing", 0, members.search(streetAdmin, SUN_ISLAND,
                new MemberQuery(request.idNumber(), null, null, null, null, 0, 50, null)).total());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.findByIdNumber(streetAdmin, request.idNumber())).kind());
        assertEquals(List.of(withForeignId.id()), members.findByIdNumber(ADMIN, request.idNumber()).stream()
                .map(Member::id).toList());
        assertEquals(Set.of("toBranchId:UNKNOWN_BRANCH"), fieldsOf(expect(() -> members.transfer(streetAdmin,
                own.id(), new TransferRequest(foreignBranch, null, LocalDate.now(), null,
                        members.get(ADMIN, own.id()).version())))));
    }

    @Test
    public void sensitiveFieldsLeaveMaskedUnlessUnmaskedByAnAllowedRoleAndEachUnmaskIsAudited() {
        Member masked = members.get(streetAdmin, own.id());
        assertTrue(masked.idNumber(), masked.idNumber().matches("2301\\*{10}[0-9X]{4}"));
        assertEquals("139****0000", masked.phone());
        assertEquals("******", masked.healthNotes());
        assertEquals("海南****", masked.residency().place());
        assertEquals("138****0000", masked.family().get(0).phone());

        Member full = members.get(streetAdmin, own.id(), Set.of(SensitiveField.ID_NUMBER, SensitiveField.PHONE));
        assertEquals(18, full.idNumber().length());
        assertFalse(full.idNumber().contains("*"));
        assertEquals("13904510000", full.phone());
        assertEquals("13800000000", full.family().get(0).phone());
        assertEquals("still masked: not asked for", "******", full.healthNotes());

        for (Caller c : List.of(auditor, viewer)) {
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> members.get(c, own.id(), Set.of(SensitiveField.PHONE))).kind());
        }
        List<AuditEntry> unmasks = audit.search(ADMIN, new AuditQuery("sa", "UNMASK", "member",
                String.valueOf(own.id()), null, null, null, 0, 50)).items();
        assertEquals(1, unmasks.size());
        assertEquals(Set.of("idNumber", "phone"), unmasks.get(0).changes().keySet());
        assertEquals(List.of("139****0000"), unmasks.get(0).changes().get("phone"));
    }

    @Test
    public void anEditThatSendsTheMaskedValuesBackKeepsTheStoredOnes() {
        Member created = members.create(ADMIN, SUN_ISLAND, wangXiulan(tianehu));
        Member before = members.get(ADMIN, created.id(), Set.of(SensitiveField.values()));
        Member shown = members.get(streetAdmin, created.id());
        Member edited = new Member(shown.id(), shown.version(), shown.name(), shown.gender(), shown.ethnicity(),
                shown.birthDate(), shown.idNumber(), shown.phone(), "新地址", shown.streetCode(), shown.communityCode(),
                shown.branchId(), shown.category(), shown.membership(), shown.joinedPartyOn(), shown.formerEmployer(),
                shown.formerPosition(), shown.retiredOn(), shown.healthNotes(), shown.residency(), shown.education(),
                shown.specialties(), shown.hobbies(), shown.serviceNeeds(), shown.family(), shown.status(), null, shown.monthlyPensionFen());
        members.update(streetAdmin, created.id(), edited);
        Member after = members.get(ADMIN, created.id(), Set.of(SensitiveField.values()));
        assertEquals("新地址", after.address());
        assertEquals("13904510000", after.phone());
        assertEquals("高血压", after.healthNotes());
        assertEquals("海南省三亚市", after.residency().place());
        assertEquals(List.of(new FamilyContact("女儿", "李娜", "13800000000")), after.family());
        assertEquals(before.idNumber(), after.idNumber());
        assertFalse(after.idNumber().contains("*"));

        List<AuditEntry> updates = audit.search(ADMIN, new AuditQuery(null, "MEMBER_UPDATE", "member",
                String.valueOf(created.id()), null, null, null, 0, 50)).items();
        assertEquals(1, updates.size());
        assertEquals("only the changed field", Set.of("address"), updates.get(0).changes().keySet());
        assertEquals("sa", updates.get(0).username());
        assertEquals(SUN_ISLAND, updates.get(0).streetCode());
    }

    @Test
    public void injectionAndScriptTextIsStoredAsText() {
        String sql = "'; DROP TABLE sb_member; --";
        String script = "<script>alert(1)</script>";
        Member m = wangXiulan(tianehu);
        Member hostile = new Member(null, null, sql, m.gender(), script.substring(0, 20), m.birthDate(), m.idNumber(),
                m.phone(), script, null, m.communityCode(), m.branchId(), m.category(), m.membership(),
                m.joinedPartyOn(), sql, script, m.retiredOn(), sql,
                new Residency(ResidencyStatus.AWAY_SEASONAL, script, null, null), script, List.of(sql), List.of(script),
                List.of(sql), List.of(new FamilyContact(script.substring(0, 20), sql, "13800000000")), null, null, null);
        Member created = members.create(ADMIN, SUN_ISLAND, hostile);
        Member read = members.get(ADMIN, created.id(), Set.of(SensitiveField.values()));
        assertEquals(sql, read.name());
        assertEquals(script, read.address());
        assertEquals(sql, read.healthNotes());
        assertEquals(script, read.residency().place());
        assertEquals(List.of(script), read.hobbies());
        assertEquals(1, members.search(ADMIN, SUN_ISLAND, new MemberQuery("DROP TABLE", null, null, null, null, 0, 50,
                null)).total());
        assertEquals(0, members.search(ADMIN, SUN_ISLAND, new MemberQuery("' OR '1'='1", null, null, null, null, 0,
                50, null)).total());
    }

    @Test
    public void everyWriteIsAudited() {
        Member created = members.create(streetAdmin, SUN_ISLAND, wangXiulan(tianehu));
        Map<String, List<String>> changes = audit.search(auditor, new AuditQuery(null, "MEMBER_CREATE", "member",
                String.valueOf(created.id()), null, null, null, 0, 50)).items().get(0).changes();
        assertTrue(changes.toString(), changes.get("idNumber").get(1).matches("2301\\*{10}[0-9X]{4}"));
        assertEquals(List.of("null", "139****0000").toString(), changes.get("phone").toString());
        members.transfer(streetAdmin, created.id(), new TransferRequest(yiyuan, null, LocalDate.now(), "搬家",
                members.get(ADMIN, created.id()).version()));
        assertEquals(1, audit.search(auditor, new AuditQuery("sa", "MEMBER_TRANSFER", null, String.valueOf(created.id()),
                null, null, null, 0, 50)).total());
    }

    private static Member inSongbei(Member m) {
        return new Member(null, null, m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(), m.phone(),
                m.address(), null, "230109005012", m.branchId(), m.category(), m.membership(), m.joinedPartyOn(),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, 0, 200, null);
    }

    private static Set<String> fieldsOf(org.silverbranch.core.api.ServiceException e) {
        return e.fields().stream().map(f -> f.field() + ":" + f.code()).collect(java.util.stream.Collectors.toSet());
    }
}
