package org.silverbranch.orglife.meetings.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.Attendee;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.Resolution;
import org.silverbranch.orglife.meetings.internal.rules.MeetingRules.CheckedMeeting;

/** The checks of a meeting's fields, roll and votes. */
public class MeetingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final Map<Long, String> BRANCH = Map.of(1L, "王秀兰", 2L, "李建国", 3L, "张淑芬", 4L, "刘志强");

    private static MeetingInput meeting(MeetingStatus status, LocalDate date, List<Attendee> roll,
                                        List<Resolution> votes) {
        return new MeetingInput(null, MeetingType.MEMBER_ASSEMBLY, status, date, "活动室", "学习党章", null, null, roll,
                votes);
    }

    private static Attendee a(long id, AttendanceStatus status, String reason) {
        return new Attendee(id, null, status, reason);
    }

    private static List<String> problems(MeetingInput in) {
        Problems p = new Problems();
        MeetingRules.check(in, null, TODAY, BRANCH, p);
        return p.list().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    public void aGoodMeetingPassesWithNamesFromTheCore() {
        Problems p = new Problems();
        CheckedMeeting c = MeetingRules.check(meeting(null, TODAY, List.of(a(1, AttendanceStatus.PRESENT, "ignored"),
                a(2, AttendanceStatus.REMOTE, null), a(3, AttendanceStatus.ABSENT, " 住院 ")),
                List.of(new Resolution("接收预备党员", 2, 0, 0, null))), null, TODAY, BRANCH, p);
        assertTrue(p.list().toString(), p.isEmpty());
        assertEquals(MeetingStatus.HELD, c.status());   // the default on create
        assertEquals("王秀兰", c.attendees().get(0).memberName());
        assertEquals(null, c.attendees().get(0).reason());   // present members keep no reason
        assertEquals("住院", c.attendees().get(2).reason());
        assertEquals(2, c.participants());
        assertTrue(c.resolutions().get(0).passed());
    }

    @Test
    public void aHeldMeetingCannotBeInTheFutureButAPlannedOneCan() {
        assertEquals(List.of("date:DATE_IN_FUTURE"), problems(meeting(MeetingStatus.HELD, TODAY.plusDays(1), null, null)));
        assertEquals(List.of(), problems(meeting(MeetingStatus.HELD, TODAY, null, null)));
        assertEquals(List.of(), problems(meeting(MeetingStatus.PLANNED, TODAY.plusDays(30), null, null)));
    }

    @Test
    public void theStoredStatusIsKeptWhenNoneIsSent() {
        Problems p = new Problems();
        CheckedMeeting c = MeetingRules.check(meeting(null, TODAY.plusDays(3), null, null), MeetingStatus.PLANNED,
                TODAY, BRANCH, p);
        assertTrue(p.isEmpty());
        assertEquals(MeetingStatus.PLANNED, c.status());
    }

    @Test
    public void aMemberOutsideTheOrganizationIsRefused() {
        assertEquals(List.of("attendees[1].memberId:MEMBER_NOT_IN_ORGANIZATION"), problems(meeting(null, TODAY,
                List.of(a(1, AttendanceStatus.PRESENT, null), a(99, AttendanceStatus.PRESENT, null)), null)));
    }

    @Test
    public void anAbsenceNeedsAReasonAndAMemberIsOnTheRollOnce() {
        assertEquals(List.of("attendees[0].reason:REQUIRED", "attendees[2].memberId:DUPLICATE_ATTENDEE",
                        "attendees[3].status:REQUIRED", "attendees[4].memberId:REQUIRED"),
                problems(meeting(null, TODAY, Arrays.asList(a(1, AttendanceStatus.ABSENT, "  "),
                        a(2, AttendanceStatus.PRESENT, null), a(2, AttendanceStatus.REMOTE, null),
                        a(3, null, null), new Attendee(null, null, AttendanceStatus.PRESENT, null)), null)));
    }

    @Test
    public void votesCannotExceedTheMembersTakingPart() {
        List<Attendee> roll = List.of(a(1, AttendanceStatus.PRESENT, null), a(2, AttendanceStatus.REMOTE, null),
                a(3, AttendanceStatus.ABSENT, "外出"));
        assertEquals(List.of(), problems(meeting(null, TODAY, roll, List.of(new Resolution("决议", 1, 1, 0, null)))));
        assertEquals(List.of("resolutions[0]:VOTES_EXCEED_PARTICIPANTS"),
                problems(meeting(null, TODAY, roll, List.of(new Resolution("决议", 2, 0, 1, null)))));
        assertEquals(List.of("resolutions[0].votesAgainst:OUT_OF_RANGE", "resolutions[0].abstentions:REQUIRED"),
                problems(meeting(null, TODAY, roll, List.of(new Resolution("决议", 1, -1, null, null)))));
    }

    @Test
    public void aMeetingNotHeldHasNoRollAndNoVotes() {
        assertEquals(List.of("attendees:MEETING_NOT_HELD", "resolutions:MEETING_NOT_HELD",
                        "resolutions[0]:VOTES_EXCEED_PARTICIPANTS"),
                problems(meeting(MeetingStatus.PLANNED, TODAY.plusDays(2), List.of(a(1, AttendanceStatus.ABSENT, "病")),
                        List.of(new Resolution("决议", 1, 0, 0, null)))));
    }

    @Test
    public void requiredFieldsAndLengths() {
        MeetingInput empty = new MeetingInput(null, null, null, null, "x".repeat(201), " ", null, "y".repeat(20_001),
                null, null);
        assertEquals(List.of("type:REQUIRED", "date:REQUIRED", "topic:REQUIRED", "place:TOO_LONG", "minutes:TOO_LONG"),
                problems(empty));
    }

    @Test
    public void theVotingRule() {
        assertTrue(Votes.fit(3, 1, 1, 5));
        assertFalse(Votes.fit(3, 2, 1, 5));
        assertTrue(Votes.passed(3, 5));
        assertFalse(Votes.passed(2, 4));   // exactly half is not a majority
        assertTrue(Votes.passed(3, 4));
        assertFalse(Votes.passed(0, 0));
    }
}
