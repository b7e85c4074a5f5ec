package org.silverbranch.module.volunteer.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.volunteer.internal.service.Fixture.TODAY;
import static org.silverbranch.module.volunteer.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.failure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.fields;

import java.math.BigDecimal;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.module.volunteer.internal.model.HoursInput;
import org.silverbranch.module.volunteer.internal.model.HoursStatus;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.Signup;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.model.Team;

public class SignupServiceTest {

    private static Fixture f;

    @BeforeClass
    public static void open() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @Test
    public void anOpenShiftConfirmsAtOnceUntilItIsFull() {
        long[] m = f.members("王淑珍", "刘振华", "赵玉梅");
        Team team = f.team("天鹅湖爱心义剪队", ServiceType.HAIRCUT, m);
        Shift shift = f.shift(team, TODAY.plusDays(2), "09:00", "11:00", 2, SignupMode.OPEN);

        assertEquals(SignupStatus.CONFIRMED, f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]).status());
        assertEquals(SignupStatus.CONFIRMED, f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[1]).status());
        ServiceException full = failure(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[2]));

        assertFailure(full, ErrorKind.CONFLICT, "SHIFT_FULL");
        assertEquals(List.of("2"), full.args());
        assertEquals(2, f.db.count("SELECT COUNT(*) FROM vol_signup WHERE shift_id = ?", shift.id()));
        assertEquals(0, f.shifts.get(STREET_ADMIN, STREET, shift.id()).freePlaces());
    }

    @Test
    public void overlappingShiftsOfTwoTeamsAre409ButTouchingOnesAreFine() {
        long[] m = f.members("孙丽娟", "钱国庆");
        Team haircut = f.team("怡园爱心义剪队", ServiceType.HAIRCUT, m);
        Team patrol = f.team("怡园治安巡逻队", ServiceType.PATROL, m[1], m[0]);
        Shift morning = f.shift(haircut, TODAY.plusDays(3), "09:00", "11:00", 5, SignupMode.OPEN);
        Shift overlapping = f.shift(patrol, TODAY.plusDays(3), "10:30", "12:00", 5, SignupMode.APPROVAL);
        Shift touching = f.shift(patrol, TODAY.plusDays(3), "11:00", "12:00", 5, SignupMode.OPEN);
        f.signups.signUp(STREET_ADMIN, STREET, morning.id(), m[0]);

        ServiceException e = failure(() -> f.signups.signUp(STREET_ADMIN, STREET, overlapping.id(), m[0]));

        assertFailure(e, ErrorKind.CONFLICT, "SHIFT_OVERLAP");
        assertEquals(List.of("memberId:SHIFT_OVERLAP"), fields(e));
        assertEquals(List.of("怡园爱心义剪队", TODAY.plusDays(3).toString(), "09:00", "11:00"),
                e.fields().get(0).args());
        assertEquals(SignupStatus.CONFIRMED, f.signups.signUp(STREET_ADMIN, STREET, touching.id(), m[0]).status());
        assertEquals(SignupStatus.REQUESTED, f.signups.signUp(STREET_ADMIN, STREET, overlapping.id(), m[1]).status());
    }

    @Test
    public void aRequestedSignupAlsoTakesTheVolunteersTime() {
        long[] m = f.members("周玉兰");
        Team team = f.team("欧美亚巡逻队", ServiceType.PATROL, m);
        Shift first = f.shift(team, TODAY.plusDays(4), "18:00", "20:00", 3, SignupMode.APPROVAL);
        Shift second = f.shift(team, TODAY.plusDays(4), "19:00", "21:00", 3, SignupMode.OPEN);
        f.signups.signUp(STREET_ADMIN, STREET, first.id(), m[0]);

        assertFailure(failure(() -> f.signups.signUp(STREET_ADMIN, STREET, second.id(), m[0])), ErrorKind.CONFLICT,
                "SHIFT_OVERLAP");
    }

    @Test
    public void approvalFlowRequestApproveRejectAndCapacity() {
        long[] m = f.members("吴桂芳", "郑建军", "冯秀兰");
        Team team = f.team("军安义务血压站", ServiceType.BLOOD_PRESSURE, m);
        Shift shift = f.shift(team, TODAY.plusDays(2), "08:30", "10:30", 1, SignupMode.APPROVAL);

        Signup first = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]);
        Signup second = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[1]);
        Signup third = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[2]);
        assertEquals(SignupStatus.REQUESTED, first.status());
        assertEquals(3, f.shifts.get(STREET_ADMIN, STREET, shift.id()).requested());

        Signup approved = f.signups.approve(STREET_ADMIN, STREET, first.id(), first.version());
        assertEquals(SignupStatus.CONFIRMED, approved.status());
        assertEquals("taiyangdao-admin", approved.decidedBy());
        assertFailure(failure(() -> f.signups.approve(STREET_ADMIN, STREET, first.id(), approved.version())),
                ErrorKind.CONFLICT, "SIGNUP_NOT_REQUESTED");
        assertFailure(failure(() -> f.signups.approve(STREET_ADMIN, STREET, second.id(), second.version())),
                ErrorKind.CONFLICT, "SHIFT_FULL");
        assertEquals(SignupStatus.REJECTED,
                f.signups.reject(STREET_ADMIN, STREET, second.id(), second.version()).status());

        assertEquals(SignupStatus.WITHDRAWN, f.signups.withdraw(STREET_ADMIN, STREET, shift.id(), m[0]).status());
        Signup again = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[1]);
        assertEquals(second.id(), again.id());
        assertEquals(SignupStatus.REQUESTED, again.status());
        assertNull(again.decidedBy());
        assertEquals(SignupStatus.CONFIRMED,
                f.signups.approve(STREET_ADMIN, STREET, third.id(), third.version()).status());
        assertFailure(failure(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0])), ErrorKind.CONFLICT,
                "SHIFT_FULL");
    }

    @Test
    public void onlyTeamMembersStillInTheStreetSignUp() {
        long[] m = f.members("陈金花", "林志强");
        Team team = f.team("世茂滨江清洁队", ServiceType.CLEANING, m[0]);
        Shift shift = f.shift(team, TODAY.plusDays(1), "09:00", "10:00", 5, SignupMode.OPEN);

        ServiceException notOnTeam = failure(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[1]));
        assertFailure(notOnTeam, ErrorKind.BAD_REQUEST, "VALIDATION_FAILED");
        assertEquals(List.of("memberId:NOT_TEAM_MEMBER"), fields(notOnTeam));

        f.core.member(m[0], "陈金花", STREET, MemberStatus.TRANSFERRED_OUT);
        assertEquals(List.of("memberId:MEMBER_NOT_ACTIVE"),
                fields(failure(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]))));
        assertEquals(List.of("memberId:REQUIRED"),
                fields(failure(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), null))));
        assertFailure(failure(() -> f.signups.signUp(STREET_ADMIN, STREET, 424242L, m[0])), ErrorKind.NOT_FOUND,
                "SHIFT_NOT_FOUND");
        assertFailure(failure(() -> f.signups.signUp(new Caller("auditor", Role.AUDITOR, null, null), STREET,
                shift.id(), m[0])), ErrorKind.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    public void checkInHoursCorrectionAndApproval() {
        long[] m = f.members("黄淑英");
        Team team = f.team("宜和园爱心义剪队", ServiceType.HAIRCUT, m);
        Shift shift = f.shift(team, TODAY.plusDays(1), "09:00", "11:30", 3, SignupMode.OPEN);
        Signup signup = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]);

        assertFailure(failure(() -> f.signups.checkIn(STREET_ADMIN, STREET, signup.id(), signup.version())),
                ErrorKind.CONFLICT, "SHIFT_NOT_STARTED");
        assertFailure(failure(() -> f.signups.approveHours(STREET_ADMIN, STREET, signup.id(), signup.version())),
                ErrorKind.CONFLICT, "NOT_CHECKED_IN");

        f.clock.set(TODAY.plusDays(1).atTime(9, 5));
        try {
            Signup attended = f.signups.checkIn(STREET_ADMIN, STREET, signup.id(), signup.version());
            assertEquals(SignupStatus.ATTENDED, attended.status());
            assertEquals(Integer.valueOf(150), attended.minutes());
            assertEquals(new BigDecimal("2.50"), attended.hours());
            assertEquals(HoursStatus.PENDING, attended.hoursStatus());
            assertFailure(failure(() -> f.signups.withdraw(STREET_ADMIN, STREET, shift.id(), m[0])),
                    ErrorKind.CONFLICT, "ALREADY_CHECKED_IN");

            assertEquals(List.of("minutes:OUT_OF_RANGE"), fields(failure(() -> f.signups.recordMinutes(STREET_ADMIN,
                    STREET, signup.id(), new HoursInput(0, attended.version())))));
            assertFailure(failure(() -> f.signups.recordMinutes(STREET_ADMIN, STREET, signup.id(),
                    new HoursInput(100, signup.version()))), ErrorKind.CONFLICT, "STALE_VERSION");
            Signup corrected = f.signups.recordMinutes(STREET_ADMIN, STREET, signup.id(),
                    new HoursInput(140, attended.version()));
            assertEquals(new BigDecimal("2.33"), corrected.hours());

            Caller specialist = new Caller("specialist", Role.SPECIALIST, STREET, null);
            assertFailure(failure(() -> f.signups.approveHours(specialist, STREET, signup.id(), corrected.version())),
                    ErrorKind.FORBIDDEN, "FORBIDDEN");
            Signup approved = f.signups.approveHours(STREET_ADMIN, STREET, signup.id(), corrected.version());
            assertEquals(HoursStatus.APPROVED, approved.hoursStatus());
            assertEquals(Integer.valueOf(140), approved.minutes());
            assertFailure(failure(() -> f.signups.recordMinutes(STREET_ADMIN, STREET, signup.id(),
                    new HoursInput(150, approved.version()))), ErrorKind.CONFLICT, "HOURS_ALREADY_APPROVED");
        } finally {
            f.clock.set(Fixture.START);
        }
    }

    @Test
    public void aSignupOfAnotherStreetIsNotFound() {
        long[] m = f.members("潘玉珍");
        Team team = f.team("天鹅湖巡逻队", ServiceType.PATROL, m);
        Shift shift = f.shift(team, TODAY.plusDays(1), "19:00", "20:00", 1, SignupMode.APPROVAL);
        Signup signup = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]);
        Caller songbei = new Caller("songbei-admin", Role.STREET_ADMIN, "230109003", null);

        assertFailure(failure(() -> f.signups.approve(songbei, "230109003", signup.id(), signup.version())),
                ErrorKind.NOT_FOUND, "SIGNUP_NOT_FOUND");
        assertFailure(failure(() -> f.shifts.get(songbei, "230109003", shift.id())), ErrorKind.NOT_FOUND,
                "SHIFT_NOT_FOUND");
        assertEquals(SignupStatus.REQUESTED, f.signups.get(STREET_ADMIN, STREET, signup.id()).status());
    }
}
