package org.silverbranch.orglife.meetings.internal.service;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.silverbranch.orglife.meetings.internal.FakeCore.*;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.absent;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.held;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.present;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.remote;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.Attachment;
import org.silverbranch.orglife.meetings.AttachmentContent;
import org.silverbranch.orglife.meetings.Meeting;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingQuery;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingSummary;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.Resolution;
import org.silverbranch.orglife.meetings.internal.rules.FileTypesTest;

/** Meetings on the real database: what is stored, what is refused (and that nothing of it is stored), scope. */
public class MeetingServiceTest {

    private final Fixture f = new Fixture();

    @After
    public void close() {
        f.close();
    }

    private static List<String> fieldCodes(ServiceException e) {
        return e.fields().stream().map(p -> p.field() + ":" + p.code()).collect(Collectors.toList());
    }

    private ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private long rows(String table) {
        return f.db.count("SELECT COUNT(*) FROM " + table);
    }

    @Test
    public void aBranchSecretaryRecordsAHeldAssemblyWithRollAndVotes() {
        MeetingInput in = new MeetingInput(null, MeetingType.MEMBER_ASSEMBLY, null, LocalDate.of(2026, 11, 10),
                "天鹅湖社区党群服务中心", " 讨论接收预备党员 ", 101L, "会议记录：……",
                List.of(present(101), present(102), remote(103), absent(104, "住院")),
                List.of(new Resolution("同意接收张三为预备党员", 2, 1, 0, null),
                        new Resolution("通过年度工作计划", 1, 0, 2, null)));
        Meeting m = f.meetings.create(TIANEHU_SECRETARY, TIANEHU_BRANCH, in);

        assertEquals(MeetingStatus.HELD, m.status());
        assertEquals("讨论接收预备党员", m.topic());
        assertEquals("王秀兰", m.hostName());
        assertEquals(TIANEHU_BRANCH, (long) m.branchId());
        assertEquals(TAIYANGDAO, m.streetCode());
        assertEquals(List.of("王秀兰", "李建国", "张淑芬", "刘志强"), m.attendees().stream().map(a -> a.memberName()).toList());
        assertEquals("住院", m.attendees().get(3).reason());
        assertTrue(m.resolutions().get(0).passed());    // 2 of 3 taking part
        assertFalse(m.resolutions().get(1).passed());   // 1 of 3
        assertEquals(9, m.expectedAttendees());         // the whole branch is expected at an assembly
        assertEquals(m, f.meetings.get(STREET_ADMIN, m.id()));
        assertEquals(4, rows("ol_meeting_attendee"));
        assertEquals(List.of("MEETING_CREATE"), f.core.audit.actions());
        assertEquals("tianehu", f.core.audit.entries.get(0).username());
        assertFalse("absence reasons stay out of the audit log",
                f.core.audit.entries.get(0).changes().toString().contains("住院"));
    }

    @Test
    public void badInputIsRefusedWithEveryFieldAndNothingIsWritten() {
        MeetingInput in = held(MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY.plusDays(1),
                List.of(present(101), present(201), present(401), absent(102, null)),
                List.of(new Resolution("决议", 3, 0, 0, null)));
        ServiceException e = refused(() -> f.meetings.create(STREET_ADMIN, TIANEHU_BRANCH, in));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals(List.of("date:DATE_IN_FUTURE", "attendees[1].memberId:MEMBER_NOT_IN_ORGANIZATION",
                "attendees[2].memberId:MEMBER_NOT_IN_ORGANIZATION", "attendees[3].reason:REQUIRED",
                "resolutions[0]:VOTES_EXCEED_PARTICIPANTS"), fieldCodes(e));
        assertEquals(0, rows("ol_meeting"));
        assertEquals(0, rows("ol_meeting_attendee"));
        assertEquals(0, rows("ol_meeting_resolution"));
        assertTrue(f.core.audit.entries.isEmpty());
    }

    @Test
    public void aHostMustBeAnActiveMemberOfTheStreet() {
        MeetingInput in = new MeetingInput(null, MeetingType.PARTY_LECTURE, null, Fixture.TODAY, null, "党课", 401L,
                null, null, null);
        assertEquals(List.of("hostMemberId:MEMBER_NOT_IN_STREET"),
                fieldCodes(refused(() -> f.meetings.create(STREET_ADMIN, TIANEHU_BRANCH, in))));
        // a lecturer of another branch of the street may host
        MeetingInput lecture = new MeetingInput(null, MeetingType.PARTY_LECTURE, null, Fixture.TODAY, null, "党课",
                201L, null, null, null);
        assertEquals("怡园党员1", f.meetings.create(STREET_ADMIN, TIANEHU_BRANCH, lecture).hostName());
    }

    @Test
    public void aSecretaryCannotProbeAnotherBranchsMembersThroughTheHost() {
        // 201 is a member of 怡园, outside the 天鹅湖 secretary's member scope: refused like a member who does not exist
        MeetingInput in = new MeetingInput(null, MeetingType.PARTY_LECTURE, null, Fixture.TODAY, null, "党课", 201L,
                null, null, null);
        ServiceException e = refused(() -> f.meetings.create(TIANEHU_SECRETARY, TIANEHU_BRANCH, in));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals(List.of("hostMemberId:MEMBER_NOT_IN_STREET"), fieldCodes(e));
        assertEquals(fieldCodes(e), fieldCodes(refused(() -> f.meetings.create(TIANEHU_SECRETARY, TIANEHU_BRANCH,
                new MeetingInput(null, MeetingType.PARTY_LECTURE, null, Fixture.TODAY, null, "党课", 999L, null,
                        null, null)))));
        assertFalse("the answer names no one", e.fields().toString().contains("怡园党员1"));
        assertEquals(0, rows("ol_meeting"));
        // a member of the secretary's own branch hosts
        assertEquals("王秀兰", f.meetings.create(TIANEHU_SECRETARY, TIANEHU_BRANCH, new MeetingInput(null,
                MeetingType.PARTY_LECTURE, null, Fixture.TODAY, null, "党课", 101L, null, null, null)).hostName());
    }

    @Test
    public void absenceReasonsAreShownOnlyToThoseWhoMayWriteTheMeeting() {
        Meeting m = f.meetings.create(TIANEHU_SECRETARY, TIANEHU_BRANCH, held(MeetingType.MEMBER_ASSEMBLY,
                Fixture.TODAY, List.of(present(101), absent(102, "住院治疗")), List.of()));
        assertEquals("住院治疗", m.attendees().get(1).reason());
        for (var reader : List.of(VIEWER, AUDITOR)) {
            Meeting read = f.meetings.get(reader, m.id());
            assertEquals(reader.username(), "******", read.attendees().get(1).reason());
            assertEquals(reader.username(), null, read.attendees().get(0).reason());   // none stays none
            assertEquals("李建国", read.attendees().get(1).memberName());
        }
        for (var writer : List.of(STREET_ADMIN, TIANEHU_SECRETARY, DISTRICT_ADMIN)) {
            assertEquals(writer.username(), "住院治疗", f.meetings.get(writer, m.id()).attendees().get(1).reason());
        }
    }

    @Test
    public void aPageBeyondTheRowOffsetRangeIs400NotAnOverflow() {
        f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 10, 1));
        assertEquals(List.of("page:INVALID_PAGE"), fieldCodes(refused(() -> f.meetings.list(STREET_ADMIN,
                TIANEHU_BRANCH, new MeetingQuery(null, null, null, Integer.MAX_VALUE, 50)))));
        assertEquals(List.of("page:INVALID_PAGE"), fieldCodes(refused(() -> f.meetings.list(STREET_ADMIN,
                TIANEHU_BRANCH, new MeetingQuery(null, null, null, Integer.MAX_VALUE / 2 + 1, 2)))));
        // the last offset in range still answers, with no rows
        Page<MeetingSummary> last = f.meetings.list(STREET_ADMIN, TIANEHU_BRANCH,
                new MeetingQuery(null, null, null, Integer.MAX_VALUE, 1));
        assertTrue(last.items().isEmpty());
        assertEquals(1, last.total());
    }

    @Test
    public void aGeneralBranchsRollTakesItsBranchesMembersAndAGroupsItsBranchs() {
        Meeting general = f.hold(GENERAL_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY, present(301), present(311));
        assertEquals(2, general.attendees().size());
        assertEquals(List.of("attendees[0].memberId:MEMBER_NOT_IN_ORGANIZATION"), fieldCodes(refused(() ->
                f.hold(SUB_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY, present(301)))));

        Meeting group = f.hold(TIANEHU_GROUP_1, MeetingType.GROUP_MEETING, Fixture.TODAY, present(101), remote(109));
        assertEquals(TIANEHU_BRANCH, (long) group.branchId());
        assertEquals(2, group.expectedAttendees());   // a group meeting expects its roll only
        assertEquals(List.of("attendees[0].memberId:MEMBER_NOT_IN_ORGANIZATION"), fieldCodes(refused(() ->
                f.hold(TIANEHU_GROUP_1, MeetingType.GROUP_MEETING, Fixture.TODAY, present(201)))));
    }

    @Test
    public void onlyBranchesAndGroupsOfActiveStatusHoldMeetings() {
        assertEquals("NOT_A_MEETING_ORGANIZATION", refused(() ->
                f.hold(TIANEHU_COMMITTEE, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY)).code());
        Organization o = f.core.org(YIYUAN_BRANCH);
        f.core.replace(new Organization(o.id(), o.version(), o.name(), o.type(), o.retiree(), o.streetCode(),
                o.communityCode(), o.parentId(), o.foundedOn(), OrganizationStatus.MERGED, 0, 0, List.of()));
        assertEquals("ORGANIZATION_NOT_ACTIVE", refused(() ->
                f.hold(YIYUAN_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY)).code());
    }

    @Test
    public void scopeOfReadsAndWrites() {
        Meeting m = f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, Fixture.TODAY, present(101));
        // another street: as if it did not exist
        ServiceException other = refused(() -> f.meetings.get(SONGBEI_ADMIN, m.id()));
        assertEquals(ErrorKind.NOT_FOUND, other.kind());
        assertEquals("MEETING_NOT_FOUND", other.code());
        assertEquals("ORGANIZATION_NOT_FOUND", refused(() ->
                f.hold(SONGBEI_ADMIN, TIANEHU_BRANCH, held(MeetingType.THEME_PARTY_DAY, Fixture.TODAY))).code());
        // another branch's secretary of the same street: not theirs to read
        assertEquals(ErrorKind.NOT_FOUND, refused(() -> f.meetings.get(YIYUAN_SECRETARY, m.id())).kind());
        // the street's viewer reads, but may not write
        assertEquals(m.id(), f.meetings.get(VIEWER, m.id()).id());
        MeetingInput change = new MeetingInput(m.version(), m.type(), m.status(), m.date(), m.place(), "新主题", null,
                null, List.of(present(101)), null);
        assertEquals(ErrorKind.FORBIDDEN, refused(() -> f.meetings.update(VIEWER, m.id(), change)).kind());
        assertEquals(ErrorKind.FORBIDDEN, refused(() ->
                f.hold(VIEWER, TIANEHU_BRANCH, held(MeetingType.THEME_PARTY_DAY, Fixture.TODAY))).kind());
        // a secretary records the meetings of their branch's groups
        assertEquals(TIANEHU_BRANCH, (long) f.hold(TIANEHU_SECRETARY, TIANEHU_GROUP_2,
                held(MeetingType.GROUP_MEETING, Fixture.TODAY)).branchId());
        assertEquals(ErrorKind.NOT_FOUND, refused(() -> f.hold(YIYUAN_SECRETARY, TIANEHU_GROUP_2,
                held(MeetingType.GROUP_MEETING, Fixture.TODAY))).kind());
    }

    @Test
    public void anUpdateReplacesRollAndVotesAndAStaleVersionIs409() {
        Meeting m = f.meetings.create(STREET_ADMIN, TIANEHU_BRANCH, held(MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY,
                List.of(present(101), present(102), absent(103, "外出")), List.of(new Resolution("甲", 1, 0, 0, null))));
        MeetingInput change = new MeetingInput(m.version(), MeetingType.MEMBER_ASSEMBLY, null, Fixture.TODAY,
                "活动室", "改后的主题", null, null, List.of(present(103), remote(102), present(105)),
                List.of(new Resolution("乙", 2, 0, 1, null), new Resolution("丙", 3, 0, 0, null)));
        Meeting after = f.meetings.update(STREET_ADMIN, m.id(), change);
        assertTrue(after.version() > m.version());
        assertEquals(List.of(102L, 103L, 105L),
                after.attendees().stream().map(a -> a.memberId()).sorted().toList());
        assertEquals(List.of("乙", "丙"), after.resolutions().stream().map(Resolution::title).toList());
        assertEquals(3, rows("ol_meeting_attendee"));
        assertEquals(2, rows("ol_meeting_resolution"));

        ServiceException stale = refused(() -> f.meetings.update(STREET_ADMIN, m.id(), change));
        assertEquals(ErrorKind.CONFLICT, stale.kind());
        assertEquals("STALE_VERSION", stale.code());
        assertEquals(List.of("version:REQUIRED"), fieldCodes(refused(() -> f.meetings.update(STREET_ADMIN, m.id(),
                new MeetingInput(null, MeetingType.MEMBER_ASSEMBLY, null, Fixture.TODAY, null, "x", null, null,
                        null, null)))));
        assertEquals(List.of("MEETING_CREATE", "MEETING_UPDATE"), f.core.audit.actions());
        assertEquals(List.of("改后的主题"), f.core.audit.entries.get(1).changes().get("topic").subList(1, 2));
    }

    @Test
    public void aBadUpdateLeavesTheMeetingAsItWas() {
        Meeting m = f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY, present(101), present(102));
        MeetingInput bad = new MeetingInput(m.version(), MeetingType.MEMBER_ASSEMBLY, null, Fixture.TODAY, null,
                "新", null, null, List.of(present(101)), List.of(new Resolution("决议", 2, 0, 0, null)));
        assertEquals(List.of("resolutions[0]:VOTES_EXCEED_PARTICIPANTS"),
                fieldCodes(refused(() -> f.meetings.update(STREET_ADMIN, m.id(), bad))));
        assertEquals(m, f.meetings.get(STREET_ADMIN, m.id()));
    }

    @Test
    public void aMemberWhoLeftStaysOnAnOldRoll() {
        Meeting m = f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, LocalDate.of(2026, 3, 1), present(101),
                present(102));
        f.core.member(102, "李建国", TIANEHU_BRANCH, MemberStatus.TRANSFERRED_OUT);
        MeetingInput fix = new MeetingInput(m.version(), MeetingType.MEMBER_ASSEMBLY, null, m.date(), null,
                "更正主题", null, null, List.of(present(101), present(102)), null);
        assertEquals("李建国", f.meetings.update(STREET_ADMIN, m.id(), fix).attendees().get(1).memberName());
        // but cannot be added to a new one
        assertEquals(List.of("attendees[0].memberId:MEMBER_NOT_IN_ORGANIZATION"), fieldCodes(refused(() ->
                f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY, present(102)))));
    }

    @Test
    public void aMeetingIsCancelledNotDeleted() {
        Meeting planned = f.meetings.create(STREET_ADMIN, TIANEHU_BRANCH, new MeetingInput(null,
                MeetingType.PARTY_LECTURE, MeetingStatus.PLANNED, Fixture.TODAY.plusDays(10), null, "党课", null,
                null, null, null));
        assertEquals(0, planned.expectedAttendees());
        Meeting cancelled = f.meetings.update(STREET_ADMIN, planned.id(), new MeetingInput(planned.version(),
                MeetingType.PARTY_LECTURE, MeetingStatus.CANCELLED, planned.date(), null, "党课", null, null, null,
                null));
        assertEquals(MeetingStatus.CANCELLED, cancelled.status());
        assertEquals(1, rows("ol_meeting"));
    }

    @Test
    public void listsFilterAndPageNewestFirst() {
        f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 9, 30));
        f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 10, 1), present(101), remote(102));
        f.hold(TIANEHU_BRANCH, MeetingType.PARTY_LECTURE, LocalDate.of(2026, 10, 20));
        f.hold(YIYUAN_BRANCH, MeetingType.PARTY_LECTURE, LocalDate.of(2026, 10, 20));
        Page<MeetingSummary> q4 = f.meetings.list(STREET_ADMIN, TIANEHU_BRANCH,
                new MeetingQuery(null, null, Period.parse("period", "2026-Q4"), 0, 50));
        assertEquals(2, q4.total());
        assertEquals(LocalDate.of(2026, 10, 20), q4.items().get(0).date());
        assertEquals(1, q4.items().get(1).present());
        assertEquals(1, q4.items().get(1).remote());
        Page<MeetingSummary> days = f.meetings.list(STREET_ADMIN, TIANEHU_BRANCH,
                new MeetingQuery(MeetingType.THEME_PARTY_DAY, null, null, 1, 1));
        assertEquals(2, days.total());
        assertEquals(LocalDate.of(2026, 9, 30), days.items().get(0).date());
        assertEquals(List.of("size:INVALID_PAGE_SIZE"), fieldCodes(refused(() -> f.meetings.list(STREET_ADMIN,
                TIANEHU_BRANCH, new MeetingQuery(null, null, null, 0, 201)))));
    }

    @Test
    public void attachmentsAreStoredInTheDatabaseAndCheckedByContent() {
        Meeting m = f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY);
        byte[] docx = FileTypesTest.docx();
        Attachment a = f.meetings.addAttachment(TIANEHU_SECRETARY, m.id(), "C:\\材料\\会议记录.docx",
                "application/octet-stream", docx);
        assertEquals("会议记录.docx", a.fileName());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", a.contentType());
        assertEquals(docx.length, a.sizeBytes());
        AttachmentContent back = f.meetings.attachment(VIEWER, m.id(), a.id());
        assertArrayEquals(docx, back.content());
        assertEquals(List.of(a), f.meetings.get(STREET_ADMIN, m.id()).attachments());
        assertEquals(1, f.meetings.list(STREET_ADMIN, TIANEHU_BRANCH, new MeetingQuery(null, null, null, 0, 10))
                .items().get(0).attachments());

        assertEquals(List.of("content:ATTACHMENT_TYPE_NOT_ALLOWED"), fieldCodes(refused(() -> f.meetings.addAttachment(
                STREET_ADMIN, m.id(), "x.pdf", "application/pdf", "<script>".getBytes()))));
        assertEquals(List.of("filename:ATTACHMENT_NAME_MISMATCH", "contentType:ATTACHMENT_TYPE_MISMATCH"),
                fieldCodes(refused(() -> f.meetings.addAttachment(STREET_ADMIN, m.id(), "photo.png", "image/png",
                        FileTypesTest.PDF))));
        assertEquals(List.of("filename:REQUIRED", "content:ATTACHMENT_EMPTY"),
                fieldCodes(refused(() -> f.meetings.addAttachment(STREET_ADMIN, m.id(), " ", null, new byte[0]))));
        ServiceException big = refused(() -> f.meetings.addAttachment(STREET_ADMIN, m.id(), "big.pdf", null,
                new byte[(int) Fixture.ATTACHMENT_LIMIT + 1]));
        assertEquals(ErrorKind.PAYLOAD_TOO_LARGE, big.kind());
        assertEquals("ATTACHMENT_TOO_LARGE", big.code());
        assertEquals(ErrorKind.FORBIDDEN, refused(() -> f.meetings.addAttachment(VIEWER, m.id(), "a.pdf", null,
                FileTypesTest.PDF)).kind());
        assertEquals(ErrorKind.NOT_FOUND, refused(() -> f.meetings.attachment(SONGBEI_ADMIN, m.id(), a.id())).kind());
        assertEquals("ATTACHMENT_NOT_FOUND", refused(() -> f.meetings.attachment(STREET_ADMIN, m.id(), a.id() + 1))
                .code());
        assertEquals(1, rows("ol_meeting_attachment"));
        assertEquals(1, rows("ol_meeting_attachment_content"));
        assertEquals(List.of("MEETING_CREATE", "MEETING_ATTACHMENT_ADD"), f.core.audit.actions());
    }

    @Test
    public void anAttachmentOfAnotherMeetingIsNotFoundThroughThisOne() {
        Meeting a = f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, Fixture.TODAY);
        Meeting b = f.hold(TIANEHU_BRANCH, MeetingType.PARTY_LECTURE, Fixture.TODAY);
        Attachment file = f.meetings.addAttachment(STREET_ADMIN, a.id(), "a.pdf", null, FileTypesTest.PDF);
        try {
            f.meetings.attachment(STREET_ADMIN, b.id(), file.id());
            fail();
        } catch (ServiceException e) {
            assertEquals("ATTACHMENT_NOT_FOUND", e.code());
        }
    }
}
