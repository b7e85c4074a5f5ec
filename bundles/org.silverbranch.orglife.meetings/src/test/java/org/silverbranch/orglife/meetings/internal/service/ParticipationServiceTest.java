package org.silverbranch.orglife.meetings.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.orglife.meetings.internal.FakeCore.*;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.absent;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.present;
import static org.silverbranch.orglife.meetings.internal.service.Fixture.remote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.After;
import org.junit.Test;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.ParticipationRate;

/** Participation facts and ledger lines from the stored rolls. */
public class ParticipationServiceTest {

    private static final Period Q4 = Period.parse("period", "2026-Q4");
    private final Fixture f = new Fixture();

    @After
    public void close() {
        f.close();
    }

    private void someMeetings() {
        // an assembly of 天鹅湖 (9 members expected), a group meeting (its roll expected), 怡园's lecture, 欧美亚's day
        f.hold(TIANEHU_BRANCH, MeetingType.MEMBER_ASSEMBLY, LocalDate.of(2026, 10, 9), present(101), remote(102),
                absent(103, "住院"));
        f.hold(TIANEHU_GROUP_1, MeetingType.GROUP_MEETING, LocalDate.of(2026, 11, 2), present(101), absent(104, "外出"));
        f.hold(YIYUAN_BRANCH, MeetingType.PARTY_LECTURE, LocalDate.of(2026, 9, 30), present(201), present(202));
        f.hold(OUMEIYA_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 10, 1), remote(401));
    }

    @Test
    public void lastParticipationPerMemberCountsRemoteAndNotAbsent() {
        someMeetings();
        Map<Long, LocalDate> last = f.participation.lastParticipation(DISTRICT_ADMIN, List.of(101L, 102L, 103L, 104L,
                105L, 201L, 401L));
        assertEquals(LocalDate.of(2026, 11, 2), last.get(101L));
        assertEquals(LocalDate.of(2026, 10, 9), last.get(102L));   // remote counts
        assertNull(last.get(103L));                                // absent does not
        assertNull(last.get(105L));                                // never on a roll
        assertEquals(LocalDate.of(2026, 9, 30), last.get(201L));
        assertEquals(LocalDate.of(2026, 10, 1), last.get(401L));
        // a street's staff see their street's meetings only; a secretary their branch's
        assertEquals(Map.of(101L, LocalDate.of(2026, 11, 2), 201L, LocalDate.of(2026, 9, 30)),
                f.participation.lastParticipation(STREET_ADMIN, List.of(101L, 201L, 401L)));
        assertEquals(Map.of(101L, LocalDate.of(2026, 11, 2)),
                f.participation.lastParticipation(TIANEHU_SECRETARY, List.of(101L, 201L, 401L)));
    }

    @Test
    public void aCancelledMeetingIsNoParticipation() {
        var m = f.hold(TIANEHU_BRANCH, MeetingType.PARTY_LECTURE, LocalDate.of(2026, 11, 1), present(106));
        f.meetings.update(STREET_ADMIN, m.id(), new MeetingInput(m.version(), m.type(), MeetingStatus.CANCELLED,
                m.date(), null, "取消", null, null, null, null));
        assertTrue(f.participation.lastParticipation(DISTRICT_ADMIN, List.of(106L)).isEmpty());
    }

    @Test
    public void manyMembersAreQueriedInChunks() {
        someMeetings();
        List<Long> ids = new ArrayList<>();
        for (long id = 1000; id < 1000 + 2 * ParticipationServiceImpl.CHUNK + 7; id++) {
            ids.add(id);
        }
        ids.add(101L);
        ids.add(401L);
        assertEquals(2, f.participation.lastParticipation(DISTRICT_ADMIN, ids).size());
    }

    @Test
    public void lastParticipationOfAWholeStreetOrTheDistrict() {
        someMeetings();
        Map<Long, LocalDate> street = f.participation.lastParticipationInStreet(VIEWER, TAIYANGDAO);
        assertEquals(Map.of(101L, LocalDate.of(2026, 11, 2), 102L, LocalDate.of(2026, 10, 9),
                201L, LocalDate.of(2026, 9, 30), 202L, LocalDate.of(2026, 9, 30)), street);
        assertEquals(5, f.participation.lastParticipationInStreet(AUDITOR, null).size());
        assertEquals(ErrorKind.FORBIDDEN, refused(() -> f.participation.lastParticipationInStreet(STREET_ADMIN, null))
                .kind());
        assertEquals("STREET_NOT_FOUND", refused(() -> f.participation.lastParticipationInStreet(SONGBEI_ADMIN,
                TAIYANGDAO)).code());
    }

    @Test
    public void ratesArePresentAndRemoteOverExpected() {
        someMeetings();
        ParticipationRate tianehu = f.participation.branch(STREET_ADMIN, TIANEHU_BRANCH, Q4);
        assertEquals(2, tianehu.meetings());
        assertEquals(9 + 2, tianehu.expected());   // assembly: whole branch; group meeting: its roll
        assertEquals(2, tianehu.present());
        assertEquals(1, tianehu.remote());
        assertEquals(2, tianehu.absent());
        assertEquals(27.3, tianehu.ratePercent(), 0);

        ParticipationRate street = f.participation.street(STREET_ADMIN, TAIYANGDAO, Q4);
        assertEquals(tianehu.expected(), street.expected());   // 怡园's lecture was in Q3
        ParticipationRate year = f.participation.street(STREET_ADMIN, TAIYANGDAO, Period.year(2026));
        assertEquals(11 + 4, year.expected());
        assertEquals(5, year.present() + year.remote());

        List<ParticipationRate> byBranch = f.participation.byBranch(STREET_ADMIN, TAIYANGDAO, Period.year(2026));
        assertEquals(List.of("11", "12"), byBranch.stream().map(ParticipationRate::key).toList());
        assertEquals(50.0, byBranch.get(1).ratePercent(), 0);

        List<ParticipationRate> byStreet = f.participation.byStreet(DISTRICT_ADMIN, Q4);
        assertEquals(List.of(TAIYANGDAO, SONGBEI).stream().sorted().toList(),
                byStreet.stream().map(ParticipationRate::key).toList());
        ParticipationRate district = f.participation.street(AUDITOR, null, Q4);
        assertEquals("district", district.key());
        assertEquals(11 + 1, district.expected());   // 欧美亚 has one active member in the fake core
    }

    @Test
    public void aPeriodWithoutMeetingsHasNoRate() {
        ParticipationRate none = f.participation.street(STREET_ADMIN, TAIYANGDAO, Q4);
        assertEquals(0, none.meetings());
        assertNull(none.ratePercent());
    }

    @Test
    public void theLedgerShowsMeetingsAttendedAndMissed() {
        someMeetings();
        f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2025, 12, 1), present(101));
        List<LedgerEntry> ledger = f.ledger.entries(DISTRICT_ADMIN, 101, 2026);
        assertEquals(2, ledger.size());
        assertEquals("core", ledger.get(0).source());
        assertEquals(LocalDate.of(2026, 10, 9), ledger.get(0).date());
        assertEquals("MEETING_ATTENDED", ledger.get(0).kind());
        assertEquals("党员大会 出席：学习贯彻党的二十大精神", ledger.get(0).title());
        assertEquals("党小组会 出席：学习贯彻党的二十大精神", ledger.get(1).title());
        List<LedgerEntry> missed = f.ledger.entries(DISTRICT_ADMIN, 103, 2026);
        assertEquals("MEETING_ABSENT", missed.get(0).kind());
        assertEquals("党员大会 缺席：学习贯彻党的二十大精神", missed.get(0).title());   // the reason is not shown
        assertEquals("远程参加", f.ledger.entries(DISTRICT_ADMIN, 102, 2026).get(0).title().substring(5, 9));
    }

    @Test
    public void theLedgerReadsAMembersMeetingsInOneQuery() {
        for (int day = 1; day <= 5; day++) {
            f.hold(TIANEHU_BRANCH, MeetingType.THEME_PARTY_DAY, LocalDate.of(2026, 10, day), present(101));
        }
        AtomicInteger statements = new AtomicInteger();
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                statements.incrementAndGet();
            }
        };
        Session session = f.db.txExpr(em -> em.unwrap(JpaEntityManager.class).getServerSession());
        session.getEventManager().addListener(counter);
        try {
            assertEquals(5, f.ledger.entries(DISTRICT_ADMIN, 101, 2026).size());
        } finally {
            session.getEventManager().removeListener(counter);
        }
        assertEquals("the meetings are fetched with the roll rows, not one query per meeting", 1, statements.get());
    }

    private static ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
