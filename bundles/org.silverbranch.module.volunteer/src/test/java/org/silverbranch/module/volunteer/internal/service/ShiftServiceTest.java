package org.silverbranch.module.volunteer.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.volunteer.internal.service.Fixture.TODAY;
import static org.silverbranch.module.volunteer.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.failure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.fields;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.ShiftInput;
import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.ShiftUpdate;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.TeamInput;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;

public class ShiftServiceTest {

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
    public void aShiftInThePastEndingBeforeItStartsWithoutPlacesIs400WithEveryField() {
        Team team = f.team("天鹅湖义务血压站", ServiceType.BLOOD_PRESSURE, f.members("王桂兰"));

        ServiceException e = failure(() -> f.shifts.create(STREET_ADMIN, STREET, new ShiftInput(team.id(),
                TODAY.minusDays(1), LocalTime.of(10, 0), LocalTime.of(9, 0), "活动室", 0, SignupMode.OPEN, null, 53)));

        assertFailure(e, ErrorKind.BAD_REQUEST, "VALIDATION_FAILED");
        assertEquals(List.of("capacity:OUT_OF_RANGE", "repeatWeeks:OUT_OF_RANGE", "endTime:END_BEFORE_START",
                "date:DATE_IN_PAST"), fields(e));
        assertEquals(List.of("1", "500"), e.fields().get(0).args());
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM vol_shift WHERE team_id = ?", team.id()));
    }

    @Test
    public void todayIsFineUnlessTheStartHasPassed() {
        Team team = f.team("怡园义务血压站", ServiceType.BLOOD_PRESSURE, f.members("李淑华"));

        ServiceException e = failure(() -> f.shift(team, TODAY, "07:30", "09:30", 2, SignupMode.OPEN));
        assertEquals(List.of("startTime:DATE_IN_PAST"), fields(e));

        assertEquals(TODAY, f.shift(team, TODAY, "08:30", "10:30", 2, SignupMode.OPEN).date());
    }

    @Test
    public void aWeeklySeriesCreatesNShiftsOnTheSameWeekdaySharingASeriesId() {
        Team team = f.team("天鹅湖爱心义剪队", ServiceType.HAIRCUT, f.members("张建华"));
        LocalDate saturday = LocalDate.of(2026, 11, 7);

        List<Shift> series = f.shifts.create(STREET_ADMIN, STREET, new ShiftInput(team.id(), saturday,
                LocalTime.of(9, 0), LocalTime.of(11, 30), "天鹅湖社区理发室", 3, null, "自带毛巾", 4));

        assertEquals(4, series.size());
        assertEquals(List.of(saturday, saturday.plusWeeks(1), saturday.plusWeeks(2), saturday.plusWeeks(3)),
                series.stream().map(Shift::date).toList());
        assertTrue(series.stream().allMatch(s -> s.date().getDayOfWeek() == DayOfWeek.SATURDAY));
        String seriesId = series.get(0).seriesId();
        assertNotNull(seriesId);
        assertTrue(series.stream().allMatch(s -> seriesId.equals(s.seriesId())));
        assertTrue(series.stream().allMatch(s -> s.signupMode() == SignupMode.OPEN && s.minutes() == 150
                && s.freePlaces() == 3));
        assertEquals(4, f.db.count("SELECT COUNT(*) FROM vol_shift WHERE series_id = ?", seriesId));
        assertEquals(4, f.shifts.list(STREET_ADMIN, STREET, team.id(), saturday, saturday.plusWeeks(3), null).size());
        assertEquals(2, f.shifts.list(STREET_ADMIN, STREET, team.id(), saturday.plusDays(1), saturday.plusWeeks(2),
                null).size());
        assertNull(f.shift(team, saturday.plusDays(1), "09:00", "10:00", 1, SignupMode.OPEN).seriesId());
    }

    @Test
    public void anUnknownOrInactiveTeamGetsNoShifts() {
        long[] m = f.members("陈凤英");
        Team team = f.team("世纪花园巡逻队", ServiceType.PATROL, m);

        ServiceException e = failure(() -> f.shifts.create(STREET_ADMIN, STREET, new ShiftInput(987654L,
                TODAY.plusDays(1), LocalTime.of(19, 0), LocalTime.of(21, 0), "小区大门", 4, null, null, null)));
        assertEquals(List.of("teamId:UNKNOWN_TEAM"), fields(e));

        f.teams.update(STREET_ADMIN, STREET, team.id(), new TeamInput(team.name(), team.serviceType(), null,
                team.communityCode(), null, m[0], null, TeamStatus.INACTIVE, team.version()));
        assertFailure(failure(() -> f.shift(team, TODAY.plusDays(1), "19:00", "21:00", 4, SignupMode.OPEN)),
                ErrorKind.CONFLICT, "TEAM_INACTIVE");
    }

    @Test
    public void capacityCannotDropBelowTheConfirmedSignupsAndAStaleVersionIs409() {
        long[] m = f.members("杨秀英", "黄志明");
        Team team = f.team("北岸明珠血压站", ServiceType.BLOOD_PRESSURE, m);
        Shift shift = f.shift(team, TODAY.plusDays(2), "08:30", "10:30", 3, SignupMode.OPEN);
        f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]);
        f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[1]);

        ServiceException e = failure(() -> f.shifts.update(STREET_ADMIN, STREET, shift.id(),
                new ShiftUpdate("活动室", 1, SignupMode.OPEN, null, shift.version())));
        assertFailure(e, ErrorKind.CONFLICT, "CAPACITY_BELOW_SIGNUPS");
        assertEquals(List.of("capacity:CAPACITY_BELOW_SIGNUPS"), fields(e));

        Shift changed = f.shifts.update(STREET_ADMIN, STREET, shift.id(),
                new ShiftUpdate("社区卫生服务站", 2, SignupMode.APPROVAL, "带血压计", shift.version()));
        assertEquals("社区卫生服务站", changed.place());
        assertEquals(0, changed.freePlaces());

        assertFailure(failure(() -> f.shifts.update(STREET_ADMIN, STREET, shift.id(),
                new ShiftUpdate("活动室", 5, SignupMode.OPEN, null, shift.version()))), ErrorKind.CONFLICT,
                "STALE_VERSION");
    }

    @Test
    public void cancellingFreesTheVolunteersButNotOnceSomeoneAttended() {
        long[] m = f.members("马兰英");
        Team team = f.team("宜和园清洁队", ServiceType.CLEANING, m);
        Shift shift = f.shift(team, TODAY.plusDays(1), "14:00", "16:00", 2, SignupMode.OPEN);
        Shift other = f.shift(team, TODAY.plusDays(1), "15:00", "17:00", 2, SignupMode.OPEN);
        f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0]);

        Shift cancelled = f.shifts.cancel(STREET_ADMIN, STREET, shift.id(), shift.version());

        assertEquals(ShiftStatus.CANCELLED, cancelled.status());
        assertEquals(SignupStatus.CANCELLED, cancelled.signups().get(0).status());
        assertEquals(SignupStatus.CONFIRMED, f.signups.signUp(STREET_ADMIN, STREET, other.id(), m[0]).status());
        assertFailure(failure(() -> f.signups.signUp(STREET_ADMIN, STREET, shift.id(), m[0])), ErrorKind.CONFLICT,
                "SHIFT_CANCELLED");
    }
}
