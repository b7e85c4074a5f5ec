package org.silverbranch.orglife.meetings.internal.service;

import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.internal.persistence.AttendeeEntity;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingEntity;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingsSchema;
import org.silverbranch.orglife.meetings.internal.rules.Labels;

/**
 * The member's ledger (台账) lines of organizational life: every held meeting of the year on whose roll the member
 * is, attended ({@code MEETING_ATTENDED}: present or remote) or missed ({@code MEETING_ABSENT}), e.g.
 * "党员大会 出席：学习贯彻党的二十大精神". Source {@code core}: organizational life is part of the core. The absence
 * reason is not shown (it may be a health detail); the core's ledger service decides who reads a member's ledger.
 */
@Component(service = LedgerContributor.class)
public class MeetingLedger implements LedgerContributor {

    public static final String SOURCE = "core";
    public static final String ATTENDED = "MEETING_ATTENDED";
    public static final String ABSENT = "MEETING_ABSENT";

    private final Transactions tx;

    @Activate
    public MeetingLedger(@Reference(name = "jpa", target = MeetingsSchema.UNIT_FILTER) JpaTemplate jpa,
                         @Reference(name = "schema") MeetingsSchema schema) {
        this(jpa);
    }

    public MeetingLedger(JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<LedgerEntry> entries(Caller caller, long memberId, int year) {
        // JOIN FETCH: the meetings come in the same query, not one query per meeting (the line needs date and topic)
        return tx.inTransaction(em -> em.createQuery("SELECT a FROM AttendeeEntity a JOIN FETCH a.meeting m"
                        + " WHERE a.memberId = :member AND m.status = :held AND m.date BETWEEN :from AND :to"
                        + " ORDER BY m.date, m.id", AttendeeEntity.class)
                .setParameter("member", memberId).setParameter("held", MeetingStatus.HELD)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream().map(MeetingLedger::entry).toList());
    }

    static LedgerEntry entry(AttendeeEntity a) {
        MeetingEntity m = a.getMeeting();
        String kind = a.getStatus() == AttendanceStatus.ABSENT ? ABSENT : ATTENDED;
        return new LedgerEntry(SOURCE, m.getDate(), kind,
                Labels.of(m.getType()) + " " + Labels.of(a.getStatus()) + "：" + m.getTopic(), null, null);
    }
}
