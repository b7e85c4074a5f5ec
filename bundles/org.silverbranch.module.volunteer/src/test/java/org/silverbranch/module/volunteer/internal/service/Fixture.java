package org.silverbranch.module.volunteer.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.volunteer.internal.FakeCore;
import org.silverbranch.module.volunteer.internal.TestClock;
import org.silverbranch.module.volunteer.internal.TestDatabase;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.ShiftInput;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.TeamInput;

/**
 * The module's services on a real database with the core faked, as the OSGi components would be wired, plus
 * shorthands for the tests. Each test class makes its own fixture (its own database); each test makes its own teams
 * and members, so tests do not depend on each other.
 */
public final class Fixture implements AutoCloseable {

    /** 太阳岛街道's office: the street admin. */
    public static final Caller STREET_ADMIN = new Caller("taiyangdao-admin", Role.STREET_ADMIN, FakeCore.TAIYANGDAO, null);
    /** Today in the tests: Thursday 2026-11-05, 08:00 in Harbin. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 11, 5, 8, 0);
    public static final LocalDate TODAY = START.toLocalDate();
    public static final String STREET = FakeCore.TAIYANGDAO;

    public final TestDatabase db = new TestDatabase();
    public final FakeCore core = new FakeCore();
    public final TestClock clock = new TestClock(START);
    public final TeamService teams = new TeamService(db, core.streets, core.organizations, core.members, clock);
    public final ShiftService shifts = new ShiftService(db, clock);
    public final SignupService signups = new SignupService(db, core.streets, core.organizations, core.members, clock);
    public final ReportService reports = new ReportService(db, core.streets, core.organizations, core.members, clock);
    public final VolunteerLedger ledger = new VolunteerLedger(db);

    private final AtomicLong memberIds = new AtomicLong(1000);

    /** New active members of 太阳岛街道, e.g. 王秀兰. */
    public long[] members(String... names) {
        return Arrays.stream(names).mapToLong(name -> {
            long id = memberIds.incrementAndGet();
            core.member(id, name, STREET);
            return id;
        }).toArray();
    }

    /** A new member of 松北街道. */
    public long memberOfSongbei(String name) {
        long id = memberIds.incrementAndGet();
        core.member(id, name, FakeCore.SONGBEI);
        return id;
    }

    /** A team of 天鹅湖社区 with the first member as captain. */
    public Team team(String name, ServiceType type, long... memberIds) {
        List<Long> ids = Arrays.stream(memberIds).boxed().toList();
        return teams.create(STREET_ADMIN, STREET, new TeamInput(name, type, null, FakeCore.TIANEHU, null,
                ids.isEmpty() ? null : ids.get(0), ids, null, null));
    }

    public Shift shift(Team team, LocalDate date, String start, String end, int capacity, SignupMode mode) {
        return shifts.create(STREET_ADMIN, STREET, new ShiftInput(team.id(), date, LocalTime.parse(start),
                LocalTime.parse(end), "天鹅湖社区活动室", capacity, mode, null, null)).get(0);
    }

    /** Runs the call and returns the ServiceException it must throw. */
    public static ServiceException failure(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("expected a ServiceException");
        return null;
    }

    public static void assertFailure(ServiceException e, ErrorKind kind, String code) {
        assertEquals(e.code() + " " + e.fields(), kind, e.kind());
        assertEquals(code, e.code());
    }

    /** The field problems as "field:CODE" strings, for readable assertions. */
    public static List<String> fields(ServiceException e) {
        return e.fields().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
