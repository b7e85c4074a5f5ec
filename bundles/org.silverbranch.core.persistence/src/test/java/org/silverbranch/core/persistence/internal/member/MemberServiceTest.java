package org.silverbranch.core.persistence.internal.member;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.FamilyContact;
import org.silverbranch.core.api.model.Gender;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.persistence.internal.TestDatabase;
import org.silverbranch.core.persistence.internal.district.DemoDistrictFixture;
import org.silverbranch.core.persistence.internal.organization.OrganizationServiceImpl;

public class MemberServiceTest {

    private static final Caller ADMIN = Caller.system("test");
    private static final String TAIYANGDAO = "230109002";
    private static TestDatabase db;
    private static MemberServiceImpl members;
    private static long tianehuBranch;
    private static long yiyuanBranch;
    private static int sequence = 100;

    @BeforeClass
    public static void load() {
        db = new TestDatabase();
        DemoDistrictFixture.load(db, 40);
        members = new MemberServiceImpl(db, null, TestDatabase.PROTECTION);
        List<Organization> branches = new OrganizationServiceImpl(db, null)
                .list(ADMIN, TAIYANGDAO, OrganizationType.BRANCH, true);
        tianehuBranch = branches.stream().filter(o -> o.name().startsWith("天鹅湖")).findFirst().orElseThrow().id();
        yiyuanBranch = branches.stream().filter(o -> o.name().startsWith("怡园")).findFirst().orElseThrow().id();
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    /** A new valid ID number for a birth date, unique per call. */
    static String idNumber(LocalDate birth) {
        String first17 = "230109" + birth.toString().replace("-", "") + String.format("%03d", sequence++);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static Member wangXiulan(long branchId) {
        LocalDate birth = LocalDate.of(1948, 3, 15);
        return new Member(null, null, "王秀兰", Gender.FEMALE, "汉族", birth, idNumber(birth), "13904510000",
                "松北区太阳岛街道天鹅湖社区3栋2单元", null, "230109002004", branchId, CadreCategory.RETIRED,
                Membership.FULL, LocalDate.of(1972, 7, 1), "哈尔滨市第三中学", "教师", LocalDate.of(2008, 3, 31),
                "高血压", new Residency(ResidencyStatus.AWAY_SEASONAL, "海南省三亚市", LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 4, 15)), "大专", List.of("书法"), List.of("太极拳"), List.of("送学上门"),
                List.of(new FamilyContact("女儿", "李娜", "13800000000")), null, null, null);
    }

    @Test
    public void createdMemberReadsBackInChinese() {
        Member created = members.create(ADMIN, TAIYANGDAO, wangXiulan(tianehuBranch));
        assertNotNull(created.id());
        Member read = members.get(ADMIN, created.id(), java.util.Set.of(
                org.silverbranch.core.api.model.SensitiveField.values()));
        assertEquals("王秀兰", read.name());
        assertEquals("海南省三亚市", read.residency().place());
        assertEquals(List.of(new FamilyContact("女儿", "李娜", "13800000000")), read.family());
        assertEquals(List.of("书法"), read.specialties());
        assertEquals(MemberStatus.ACTIVE, read.status());
        assertEquals(TAIYANGDAO, read.streetCode());
        assertEquals(Boolean.FALSE, read.demo());
    }

    @Test
    public void everyWrongFieldIsReportedAtOnce() {
        Member bad = new Member(null, null, " ", null, null, LocalDate.of(1948, 3, 15), "230109194803151238",
                "12345", null, null, "230109005003", 999_999L, null, Membership.FULL, LocalDate.now().plusDays(3),
                null, null, null, null, new Residency(ResidencyStatus.AWAY_SEASONAL, null, null, null), null,
                null, null, null, List.of(new FamilyContact("女儿", "", "abc")), null, null, null);
        ServiceException e = expect(() -> members.create(ADMIN, TAIYANGDAO, bad));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals(Set.of("name:REQUIRED", "gender:REQUIRED", "idNumber:INVALID_ID_NUMBER", "phone:INVALID_PHONE",
                        "communityCode:COMMUNITY_NOT_IN_STREET", "branchId:UNKNOWN_BRANCH", "category:REQUIRED",
                        "joinedPartyOn:DATE_IN_FUTURE", "residency.place:REQUIRED", "family[0].name:REQUIRED",
                        "family[0].phone:INVALID_PHONE"),
                e.fields().stream().map(f -> f.field() + ":" + f.code()).collect(Collectors.toSet()));
    }

    @Test
    public void theDeclaredPensionIsKeptInFenAndANegativeOneIsRefused() {
        Member created = members.create(ADMIN, TAIYANGDAO, withPension(wangXiulan(tianehuBranch), 500_001L));
        assertEquals(Long.valueOf(500_001L), members.get(ADMIN, created.id()).monthlyPensionFen());

        Member updated = members.update(ADMIN, created.id(), withPension(created, null));
        assertEquals(null, updated.monthlyPensionFen());

        ServiceException e = expect(() -> members.update(ADMIN, created.id(), withPension(updated, -1L)));
        assertEquals("monthlyPensionFen:PENSION_OUT_OF_RANGE",
                e.fields().stream().map(f -> f.field() + ":" + f.code()).collect(Collectors.joining()));
        assertEquals(updated.version(), members.get(ADMIN, created.id()).version());
    }

    @Test
    public void idNumberMustCarryTheBirthDate() {
        Member m = wangXiulan(tianehuBranch);
        Member other = withIdNumber(m, idNumber(LocalDate.of(1950, 1, 1)));
        ServiceException e = expect(() -> members.create(ADMIN, TAIYANGDAO, other));
        assertEquals(List.of(new FieldProblem("idNumber", "ID_NUMBER_BIRTH_DATE_MISMATCH", List.of())), e.fields());
    }

    @Test
    public void activeIdNumbersAreUnique() {
        Member request = wangXiulan(tianehuBranch);
        members.create(ADMIN, TAIYANGDAO, request);
        ServiceException e = expect(() -> members.create(ADMIN, TAIYANGDAO, withIdNumber(
                wangXiulan(tianehuBranch), request.idNumber())));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals("DUPLICATE_ID_NUMBER", e.code());
        assertEquals("idNumber", e.fields().get(0).field());
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        Member created = members.create(ADMIN, TAIYANGDAO, wangXiulan(tianehuBranch));
        Member renamed = members.update(ADMIN, created.id(), rename(created, "王秀芝"));
        assertEquals(created.version() + 1, renamed.version().longValue());
        ServiceException e = expect(() -> members.update(ADMIN, created.id(), rename(created, "王秀梅")));
        assertEquals("STALE_VERSION", e.code());
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals("王秀芝", members.get(ADMIN, created.id()).name());
    }

    @Test
    public void searchFindsByPartOfTheNameAndByWholeIdNumber() {
        Member request = rename(wangXiulan(tianehuBranch), "欧阳娜娜");
        Member created = members.create(ADMIN, TAIYANGDAO, request);
        assertEquals(List.of(created.id()), members.search(ADMIN, TAIYANGDAO,
                new MemberQuery("阳娜", null, null, null, null, 0, 50, null)).items().stream().map(Member::id).toList());
        assertEquals(1, members.search(ADMIN, TAIYANGDAO,
                new MemberQuery(request.idNumber(), null, null, null, null, 0, 50, null)).total());
        assertEquals(1, members.search(ADMIN, TAIYANGDAO,
                new MemberQuery(request.idNumber().toLowerCase(), null, null, null, null, 0, 50, null)).total());
        assertEquals(0, members.search(ADMIN, TAIYANGDAO,
                new MemberQuery("%", null, null, null, null, 0, 50, null)).total());
        ServiceException e = expect(() -> members.search(ADMIN, TAIYANGDAO,
                new MemberQuery(null, null, null, null, null, -1, 500, "salary")));
        assertEquals(Set.of("page", "size", "sort"), e.fields().stream().map(FieldProblem::field).collect(Collectors.toSet()));
    }

    @Test
    public void transferMovesTheMemberAndKeepsHistory() {
        Member request = wangXiulan(tianehuBranch);
        Member created = members.create(ADMIN, TAIYANGDAO, request);
        Transfer t = members.transfer(ADMIN, created.id(),
                new TransferRequest(yiyuanBranch, null, LocalDate.now(), "搬家", created.version()));
        assertEquals(Long.valueOf(tianehuBranch), t.fromBranchId());
        assertEquals(Long.valueOf(yiyuanBranch), t.toBranchId());
        Member moved = members.get(ADMIN, created.id());
        assertEquals(Long.valueOf(yiyuanBranch), moved.branchId());
        Transfer out = members.transfer(ADMIN, created.id(),
                new TransferRequest(null, "北京市朝阳区某街道党工委", LocalDate.now(), null, moved.version()));
        assertEquals("北京市朝阳区某街道党工委", out.destination());
        assertEquals(MemberStatus.TRANSFERRED_OUT, members.get(ADMIN, created.id()).status());
        assertEquals(2, members.transfers(ADMIN, created.id()).size());
        // the ID number is free again for an active member
        members.create(ADMIN, TAIYANGDAO, withIdNumber(wangXiulan(tianehuBranch), request.idNumber()));
    }

    @Test
    public void transferToTheSameBranchIsRefused() {
        Member created = members.create(ADMIN, TAIYANGDAO, wangXiulan(tianehuBranch));
        ServiceException e = expect(() -> members.transfer(ADMIN, created.id(),
                new TransferRequest(tianehuBranch, null, LocalDate.now(), null, created.version())));
        assertEquals("toBranchId", e.fields().get(0).field());
        assertEquals("SAME_BRANCH", e.fields().get(0).code());
    }

    @Test
    public void unknownMemberIsNotFound() {
        assertEquals(ErrorKind.NOT_FOUND, expect(() -> members.get(ADMIN, 987_654L)).kind());
        assertEquals("STREET_NOT_FOUND", expect(() -> members.create(ADMIN, "999999999",
                wangXiulan(tianehuBranch))).code());
    }

    @Test
    public void aMemberTransferredOutCanBeEditedBySendingBackWhatWasRead() {
        Member created = members.create(ADMIN, TAIYANGDAO, wangXiulan(tianehuBranch));
        members.transfer(ADMIN, created.id(),
                new TransferRequest(null, "北京市朝阳区某街道党工委", LocalDate.now(), null, created.version()));
        Member out = members.get(ADMIN, created.id());
        assertEquals(MemberStatus.TRANSFERRED_OUT, out.status());
        Member edited = members.update(ADMIN, created.id(), rename(out, "王秀兰（已转出）"));
        assertEquals("王秀兰（已转出）", edited.name());
        assertEquals(MemberStatus.TRANSFERRED_OUT, edited.status());
    }

    @Test
    public void listsThatOverflowTheirColumnOnceEscapedAre400NotAServerError() {
        Member m = wangXiulan(tianehuBranch);
        List<String> quotes = java.util.Collections.nCopies(15, "\"".repeat(50));
        Member bad = new Member(null, null, m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(),
                m.phone(), m.address(), m.streetCode(), m.communityCode(), m.branchId(), m.category(), m.membership(),
                m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(), m.retiredOn(), m.healthNotes(),
                m.residency(), m.education(), quotes, m.hobbies(), m.serviceNeeds(), m.family(), null, null, null);
        ServiceException e = expect(() -> members.create(ADMIN, TAIYANGDAO, bad));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals("specialties", e.fields().get(0).field());
        assertEquals("TOO_LONG", e.fields().get(0).code());
    }

    @Test
    public void aPageBeyondTheRowRangeIs400() {
        ServiceException e = expect(() -> members.search(ADMIN, TAIYANGDAO,
                new MemberQuery(null, null, null, null, null, 11_000_000, 200, null)));
        assertEquals("page", e.fields().get(0).field());
    }

    @Test
    public void aTransferEndsTheTermsInTheOldBranchOnlyAndAuditsThem() {
        OrganizationServiceImpl organizations = new OrganizationServiceImpl(db, null);
        long committee = organizations.list(ADMIN, TAIYANGDAO, OrganizationType.COMMUNITY_COMMITTEE, null).stream()
                .filter(o -> o.name().startsWith("天鹅湖")).findFirst().orElseThrow().id();
        Member m = members.create(ADMIN, TAIYANGDAO, wangXiulan(tianehuBranch));
        LocalDate transferDay = LocalDate.now().minusDays(10);  // recorded late
        Leader deputy = organizations.appoint(ADMIN, tianehuBranch, new Leader(null, null, tianehuBranch, m.id(), null,
                LeaderRole.COMMITTEE_MEMBER, LocalDate.now().minusDays(3), null, null));  // began after the transfer day
        Leader seat = organizations.appoint(ADMIN, committee, new Leader(null, null, committee, m.id(), null,
                LeaderRole.COMMITTEE_MEMBER, LocalDate.now().minusYears(1), null, null));

        members.transfer(ADMIN, m.id(), new TransferRequest(yiyuanBranch, null, transferDay, "搬家", m.version()));

        Leadership branch = organizations.leadership(ADMIN, tianehuBranch);
        assertTrue("no longer a leader of the branch left", branch.current().stream()
                .noneMatch(l -> l.memberId().equals(m.id())));
        assertEquals(deputy.termStart(), branch.past().stream().filter(l -> l.id().equals(deputy.id()))
                .findFirst().orElseThrow().termEnd());
        assertTrue("the seat on the street's community committee stays", organizations.leadership(ADMIN, committee)
                .current().stream().anyMatch(l -> l.id().equals(seat.id())));
        assertEquals(1, db.count("SELECT COUNT(*) FROM sb_audit_entry WHERE action = 'LEADER_END_TERM' AND entity_id = ?",
                String.valueOf(deputy.id())));
    }

    static ServiceException expect(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("expected a ServiceException");
        return null;
    }

    static Member withIdNumber(Member m, String id) {
        return new Member(m.id(), m.version(), m.name(), m.gender(), m.ethnicity(), m.birthDate(), id, m.phone(),
                m.address(), m.streetCode(), m.communityCode(), m.branchId(), m.category(), m.membership(),
                m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(), m.retiredOn(), m.healthNotes(),
                m.residency(), m.education(), m.specialties(), m.hobbies(), m.serviceNeeds(), m.family(),
                m.status(), m.demo(), m.monthlyPensionFen());
    }

    static Member withPension(Member m, Long pensionFen) {
        return new Member(m.id(), m.version(), m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(),
                m.phone(), m.address(), m.streetCode(), m.communityCode(), m.branchId(), m.category(), m.membership(),
                m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(), m.retiredOn(), m.healthNotes(),
                m.residency(), m.education(), m.specialties(), m.hobbies(), m.serviceNeeds(), m.family(),
                m.status(), m.demo(), pensionFen);
    }

    static Member rename(Member m, String name) {
        return new Member(m.id(), m.version(), name, m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(),
                m.phone(), m.address(), m.streetCode(), m.communityCode(), m.branchId(), m.category(), m.membership(),
                m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(), m.retiredOn(), m.healthNotes(),
                m.residency(), m.education(), m.specialties(), m.hobbies(), m.serviceNeeds(), m.family(),
                m.status(), m.demo(), m.monthlyPensionFen());
    }
}
