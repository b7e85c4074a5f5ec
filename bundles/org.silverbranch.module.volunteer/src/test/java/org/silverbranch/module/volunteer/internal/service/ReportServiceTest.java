package org.silverbranch.module.volunteer.internal.service;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.volunteer.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.failure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.rest.Csv;
import org.silverbranch.module.volunteer.internal.FakeCore;
import org.silverbranch.module.volunteer.internal.model.Figures;
import org.silverbranch.module.volunteer.internal.model.HoursInput;
import org.silverbranch.module.volunteer.internal.model.HoursStatus;
import org.silverbranch.module.volunteer.internal.model.MemberHours;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.Signup;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.VolunteerStats;

/**
 * One month of service in 太阳岛街道, recorded once for the class: a haircut team and a patrol team, two volunteers,
 * four attendances of which three are approved. Every report must count the approved ones only.
 */
public class ReportServiceTest {

    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);
    private static final LocalDate DEC_01 = LocalDate.of(2026, 12, 1);

    private static Fixture f;
    private static long wang;
    private static long li;
    private static Team haircut;
    private static Team patrol;

    @BeforeClass
    public static void serve() {
        f = new Fixture();
        long[] m = f.members("王秀兰", "李建国");
        wang = m[0];
        li = m[1];
        haircut = f.team("天鹅湖爱心义剪队", ServiceType.HAIRCUT, wang, li);
        patrol = f.teams.create(STREET_ADMIN, STREET, new org.silverbranch.module.volunteer.internal.model.TeamInput(
                "怡园治安巡逻队", ServiceType.PATROL, null, FakeCore.YIYUAN, null, li, List.of(li), null, null));
        Shift cut1 = f.shift(haircut, NOV_10, "09:00", "11:00", 5, SignupMode.OPEN);   // 120 min
        Shift cut2 = f.shift(haircut, NOV_17, "09:00", "10:20", 5, SignupMode.OPEN);   // 80 min
        Shift walk = f.shift(patrol, NOV_17, "19:00", "20:30", 5, SignupMode.OPEN);    // 90 min
        Shift december = f.shift(patrol, DEC_01, "19:00", "21:00", 5, SignupMode.OPEN);
        f.shift(haircut, NOV_17.plusDays(7), "09:00", "11:00", 5, SignupMode.OPEN);    // nobody came
        attend(cut1, wang, null, true);        // 王秀兰 120 approved
        attend(cut1, li, 100, true);           // 李建国 100 approved (corrected)
        attend(cut2, wang, null, false);       // 王秀兰 80 NOT approved
        attend(walk, li, null, true);          // 李建国 90 approved
        attend(december, li, null, true);      // 李建国 120 approved, in December
        f.clock.set(Fixture.START);
    }

    private static void attend(Shift shift, long member, Integer minutes, boolean approve) {
        f.clock.set(Fixture.START);
        Signup s = f.signups.signUp(STREET_ADMIN, STREET, shift.id(), member);
        f.clock.set(shift.date().atTime(shift.startTime()));
        s = f.signups.checkIn(STREET_ADMIN, STREET, s.id(), s.version());
        if (minutes != null) {
            s = f.signups.recordMinutes(STREET_ADMIN, STREET, s.id(), new HoursInput(minutes, s.version()));
        }
        if (approve) {
            f.signups.approveHours(STREET_ADMIN, STREET, s.id(), s.version());
        }
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @Test
    public void aVolunteersHoursCountApprovedMinutesOnly() {
        MemberHours hours = f.reports.memberHours(STREET_ADMIN, STREET, wang, 2026);

        assertEquals("王秀兰", hours.memberName());
        assertEquals(120, hours.approvedMinutes());
        assertEquals(new BigDecimal("2.00"), hours.approvedHours());
        assertEquals(80, hours.pendingMinutes());
        assertEquals(new BigDecimal("1.33"), hours.pendingHours());
        assertEquals(List.of(HoursStatus.APPROVED, HoursStatus.PENDING),
                hours.attendances().stream().map(a -> a.hoursStatus()).toList());

        MemberHours liHours = f.reports.memberHours(STREET_ADMIN, STREET, li, null);
        assertEquals(100 + 90 + 120, liHours.approvedMinutes());
        assertEquals(new BigDecimal("5.17"), liHours.approvedHours());
    }

    @Test
    public void aMemberWithoutServiceIsFoundOnlyInTheirOwnStreet() {
        long[] newcomer = f.members("新队员");
        assertEquals(0, f.reports.memberHours(STREET_ADMIN, STREET, newcomer[0], null).approvedMinutes());
        long songbei = f.memberOfSongbei("松北党员");
        assertFailure(failure(() -> f.reports.memberHours(STREET_ADMIN, STREET, songbei, null)), ErrorKind.NOT_FOUND,
                "MEMBER_NOT_FOUND");
    }

    @Test
    public void monthlyStatisticsByTeamAndCommunity() {
        VolunteerStats stats = f.reports.stats(STREET_ADMIN, STREET, YearMonth.of(2026, 11), null, null, null);

        assertEquals(LocalDate.of(2026, 11, 1), stats.from());
        assertEquals(LocalDate.of(2026, 11, 30), stats.to());
        // 4 November shifts; volunteers 王 and 李; approved: 120 + 100 + 90
        assertEquals(new Figures(4, 2, 3, 310, new BigDecimal("5.17")), stats.totals());
        VolunteerStats.TeamFigures cut = stats.teams().stream().filter(t -> t.teamId() == haircut.id())
                .findFirst().orElseThrow();
        assertEquals(new Figures(3, 2, 2, 220, new BigDecimal("3.67")), cut.figures());
        VolunteerStats.TeamFigures walk = stats.teams().stream().filter(t -> t.teamId() == patrol.id())
                .findFirst().orElseThrow();
        assertEquals(new Figures(1, 1, 1, 90, new BigDecimal("1.50")), walk.figures());
        assertEquals(List.of(FakeCore.TIANEHU, FakeCore.YIYUAN),
                stats.communities().stream().map(VolunteerStats.CommunityFigures::communityCode).toList());
        assertEquals("怡园社区", stats.communities().get(1).communityName());
        assertEquals(90, stats.communities().get(1).figures().approvedMinutes());

        VolunteerStats year = f.reports.stats(STREET_ADMIN, STREET, null, 2026, patrol.id(), null);
        assertEquals(12, year.months().size());
        assertEquals(210, year.totals().approvedMinutes());
        assertEquals(120, year.months().get(11).figures().approvedMinutes());
        assertEquals(List.of(patrol.id()), year.teams().stream().map(VolunteerStats.TeamFigures::teamId).toList());

        VolunteerStats yiyuan = f.reports.stats(STREET_ADMIN, STREET, YearMonth.of(2026, 11), null, null,
                FakeCore.YIYUAN);
        assertEquals(90, yiyuan.totals().approvedMinutes());
        assertFailure(failure(() -> f.reports.stats(STREET_ADMIN, STREET, YearMonth.of(2026, 11), 2026, null, null)),
                ErrorKind.BAD_REQUEST, "VALIDATION_FAILED");
    }

    @Test
    public void theCsvHasTheBomChineseHeadersAndApprovedHoursOnly() {
        ReportService.Export export = f.reports.hoursCsv(STREET_ADMIN, STREET, YearMonth.of(2026, 11), null, null);
        byte[] bytes = export.content();

        assertEquals("volunteer-hours-230109002-2026-11.csv", export.fileName());
        assertArrayEquals(Csv.bom(), Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("日期,开始时间,结束时间,服务队,服务项目,社区,地点,党员编号,姓名,时长（分钟）,时长（小时）,审核人,审核时间", lines[0]);
        assertEquals(4, lines.length);  // header + 3 approved attendances in November
        assertTrue(lines[1], lines[1].startsWith("2026-11-10,09:00,11:00,天鹅湖爱心义剪队,爱心义剪,天鹅湖社区,天鹅湖社区活动室,"
                + wang + ",王秀兰,120,2.00,taiyangdao-admin,2026-11-10 09:00"));
        assertTrue(lines[3], lines[3].contains(",怡园治安巡逻队,治安巡逻,怡园社区,") && lines[3].contains(",90,1.50,"));
        assertTrue(Arrays.stream(lines).noneMatch(l -> l.contains(",80,")));  // 王秀兰's unapproved 80 minutes
    }

    @Test
    public void theLedgerListsApprovedAttendancesOfTheYear() {
        List<LedgerEntry> entries = f.ledger.entries(STREET_ADMIN, wang, 2026);

        assertEquals(List.of(new LedgerEntry("volunteer", NOV_10, "VOLUNTEER_HOURS", "爱心义剪 志愿服务",
                new BigDecimal("2.00"), "小时")), entries);
        assertEquals(3, f.ledger.entries(STREET_ADMIN, li, 2026).size());
        assertEquals("治安巡逻 志愿服务", f.ledger.entries(STREET_ADMIN, li, 2026).get(1).title());
        assertEquals(List.of(), f.ledger.entries(STREET_ADMIN, li, 2025));
        assertEquals("volunteer", f.ledger.source());
    }
}
