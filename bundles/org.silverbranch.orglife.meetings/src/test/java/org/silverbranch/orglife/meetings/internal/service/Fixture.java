package org.silverbranch.orglife.meetings.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.Attendee;
import org.silverbranch.orglife.meetings.Meeting;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.Resolution;
import org.silverbranch.orglife.meetings.internal.FakeCore;
import org.silverbranch.orglife.meetings.internal.MeetingsSettings;
import org.silverbranch.orglife.meetings.internal.TestDatabase;
import org.silverbranch.orglife.meetings.internal.rules.ComplianceRules;

/**
 * The bundle's services on a fresh real database and the fake core, with "today" fixed at 2026-11-16 (Q4). The
 * 天鹅湖 branch has members 101–109, 怡园 201–204, the general branch 301, its sub-branch 311, 欧美亚 401.
 */
public final class Fixture implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    public static final long ATTACHMENT_LIMIT = 4096;

    public final TestDatabase db = new TestDatabase();
    public final FakeCore core = new FakeCore();
    public final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    public final MeetingsSettings settings = new MeetingsSettings(ComplianceRules.regulations2018(), ATTACHMENT_LIMIT);
    public final MeetingServiceImpl meetings;
    public final ComplianceServiceImpl compliance;
    public final ParticipationServiceImpl participation;
    public final MeetingLedger ledger;

    public Fixture() {
        String[] names = {"王秀兰", "李建国", "张淑芬", "刘志强", "陈桂英", "杨国华", "赵玉兰", "黄德明", "周凤英"};
        for (int i = 0; i < names.length; i++) {
            core.member(101 + i, names[i], FakeCore.TIANEHU_BRANCH);
        }
        for (int i = 0; i < 4; i++) {
            core.member(201 + i, "怡园党员" + (i + 1), FakeCore.YIYUAN_BRANCH);
        }
        core.member(301, "总支党员", FakeCore.GENERAL_BRANCH);
        core.member(311, "机关党员", FakeCore.SUB_BRANCH);
        core.member(401, "欧美亚党员", FakeCore.OUMEIYA_BRANCH);
        meetings = new MeetingServiceImpl(db, core.organizations, core.members, core.audit, settings, clock);
        compliance = new ComplianceServiceImpl(db, core.streets, core.organizations, settings, clock);
        participation = new ParticipationServiceImpl(db, core.organizations);
        ledger = new MeetingLedger(db);
    }

    public static Attendee present(long memberId) {
        return new Attendee(memberId, null, AttendanceStatus.PRESENT, null);
    }

    public static Attendee remote(long memberId) {
        return new Attendee(memberId, null, AttendanceStatus.REMOTE, null);
    }

    public static Attendee absent(long memberId, String reason) {
        return new Attendee(memberId, null, AttendanceStatus.ABSENT, reason);
    }

    public static MeetingInput held(MeetingType type, LocalDate date, List<Attendee> roll, List<Resolution> votes) {
        return new MeetingInput(null, type, MeetingStatus.HELD, date, "天鹅湖社区党群服务中心", "学习贯彻党的二十大精神",
                null, "会议记录", roll, votes);
    }

    public static MeetingInput held(MeetingType type, LocalDate date) {
        return held(type, date, List.of(), List.of());
    }

    /** A held meeting of the organization, recorded by the district admin. */
    public Meeting hold(long organizationId, MeetingType type, LocalDate date, Attendee... roll) {
        return meetings.create(FakeCore.DISTRICT_ADMIN, organizationId, held(type, date, List.of(roll), List.of()));
    }

    public Meeting hold(Caller caller, long organizationId, MeetingInput input) {
        return meetings.create(caller, organizationId, input);
    }

    public static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    @Override
    public void close() {
        db.close();
    }
}
