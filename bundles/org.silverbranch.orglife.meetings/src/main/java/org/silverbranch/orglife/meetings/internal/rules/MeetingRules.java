package org.silverbranch.orglife.meetings.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.Attendee;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.Resolution;

/**
 * The checks of a meeting's fields, roll and votes, without the database: every problem is collected so the user
 * sees all wrong fields at once (field names as in the JSON body, e.g. {@code attendees[2].memberId}).
 */
public final class MeetingRules {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_MINUTES = 20_000;
    public static final int MAX_REASON = 200;
    public static final int MAX_TITLE = 500;
    public static final int MAX_ROLL = 2000;
    public static final int MAX_RESOLUTIONS = 50;
    /** No meeting of the Party can be older than its founding. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1921, 7, 1);

    /** A roll entry that passed the checks, with the member's name. */
    public record CheckedAttendee(long memberId, String memberName, AttendanceStatus status, String reason) {
    }

    /** A meeting that passed the checks; {@code status} resolved (HELD by default on create). */
    public record CheckedMeeting(MeetingType type, MeetingStatus status, LocalDate date, String place, String topic,
                                 Long hostMemberId, String minutes, List<CheckedAttendee> attendees,
                                 List<Resolution> resolutions) {

        public int participants() {
            return (int) attendees.stream().filter(a -> a.status().participated()).count();
        }
    }

    private MeetingRules() {
    }

    /**
     * @param storedStatus the stored status on update (kept when the input has none), null on create
     * @param rollMembers  id → name of the members who may be on the roll (the organization's active members, and
     *                     on update those already on the stored roll, who may have left since)
     * @param problems     where every problem goes; the result is meaningful only when it stays empty
     */
    public static CheckedMeeting check(MeetingInput in, MeetingStatus storedStatus, LocalDate today,
                                       Map<Long, String> rollMembers, Problems problems) {
        problems.require("type", in.type());
        MeetingStatus status = in.status() != null ? in.status()
                : storedStatus != null ? storedStatus : MeetingStatus.HELD;
        if (problems.require("date", in.date())) {
            if (status == MeetingStatus.HELD && in.date().isAfter(today)) {
                problems.add("date", "DATE_IN_FUTURE");
            } else if (in.date().isBefore(FIRST_DATE)) {
                problems.add("date", "DATE_BEFORE", "founding of the Party (1921-07-01)");
            }
        }
        problems.requireText("topic", strip(in.topic()), MAX_TOPIC);
        problems.maxLength("place", strip(in.place()), MAX_PLACE);
        problems.maxLength("minutes", in.minutes(), MAX_MINUTES);
        List<Attendee> roll = in.attendees() == null ? List.of() : in.attendees();
        List<Resolution> decisions = in.resolutions() == null ? List.of() : in.resolutions();
        if (status != MeetingStatus.HELD) {
            // a planned or cancelled meeting has no attendance and took no decisions
            if (!roll.isEmpty()) {
                problems.add("attendees", "MEETING_NOT_HELD");
            }
            if (!decisions.isEmpty()) {
                problems.add("resolutions", "MEETING_NOT_HELD");
            }
        }
        List<CheckedAttendee> attendees = checkRoll(roll, rollMembers, problems);
        int participants = (int) attendees.stream().filter(a -> a.status().participated()).count();
        List<Resolution> resolutions = checkResolutions(decisions, participants, problems);
        return new CheckedMeeting(in.type(), status, in.date(), strip(in.place()), strip(in.topic()),
                in.hostMemberId(), in.minutes(), attendees, resolutions);
    }

    private static List<CheckedAttendee> checkRoll(List<Attendee> roll, Map<Long, String> rollMembers,
                                                   Problems problems) {
        List<CheckedAttendee> checked = new ArrayList<>();
        if (roll.size() > MAX_ROLL) {
            problems.add("attendees", "TOO_MANY_ITEMS", MAX_ROLL);
            return checked;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < roll.size(); i++) {
            String at = "attendees[" + i + "]";
            Attendee a = roll.get(i);
            if (a == null) {
                problems.add(at, "REQUIRED");
                continue;
            }
            boolean ok = problems.require(at + ".memberId", a.memberId());
            ok &= problems.require(at + ".status", a.status());
            String reason = strip(a.reason());
            if (a.status() == AttendanceStatus.ABSENT) {
                ok &= problems.require(at + ".reason", reason);
            }
            if (reason != null && reason.length() > MAX_REASON) {
                problems.add(at + ".reason", "TOO_LONG", MAX_REASON);
                ok = false;
            }
            if (a.memberId() != null) {
                if (!seen.add(a.memberId())) {
                    problems.add(at + ".memberId", "DUPLICATE_ATTENDEE", a.memberId());
                    ok = false;
                } else if (!rollMembers.containsKey(a.memberId())) {
                    problems.add(at + ".memberId", "MEMBER_NOT_IN_ORGANIZATION");
                    ok = false;
                }
            }
            if (ok) {
                // a reason is kept for absences only: present members need none
                checked.add(new CheckedAttendee(a.memberId(), rollMembers.get(a.memberId()), a.status(),
                        a.status() == AttendanceStatus.ABSENT ? reason : null));
            }
        }
        return checked;
    }

    private static List<Resolution> checkResolutions(List<Resolution> decisions, int participants,
                                                     Problems problems) {
        List<Resolution> checked = new ArrayList<>();
        if (decisions.size() > MAX_RESOLUTIONS) {
            problems.add("resolutions", "TOO_MANY_ITEMS", MAX_RESOLUTIONS);
            return checked;
        }
        for (int i = 0; i < decisions.size(); i++) {
            String at = "resolutions[" + i + "]";
            Resolution r = decisions.get(i);
            if (r == null) {
                problems.add(at, "REQUIRED");
                continue;
            }
            problems.requireText(at + ".title", strip(r.title()), MAX_TITLE);
            boolean counts = count(at + ".votesFor", r.votesFor(), problems)
                    & count(at + ".votesAgainst", r.votesAgainst(), problems)
                    & count(at + ".abstentions", r.abstentions(), problems);
            if (counts && !Votes.fit(r.votesFor(), r.votesAgainst(), r.abstentions(), participants)) {
                problems.add(at, "VOTES_EXCEED_PARTICIPANTS", participants);
            }
            if (counts) {
                checked.add(new Resolution(strip(r.title()), r.votesFor(), r.votesAgainst(), r.abstentions(),
                        Votes.passed(r.votesFor(), participants)));
            }
        }
        return checked;
    }

    private static boolean count(String field, Integer value, Problems problems) {
        if (!problems.require(field, value)) {
            return false;
        }
        if (value < 0 || value > MAX_ROLL) {
            problems.add(field, "OUT_OF_RANGE", 0, MAX_ROLL);
            return false;
        }
        return true;
    }

    static String strip(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
