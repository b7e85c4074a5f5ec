package org.silverbranch.module.volunteer.internal.service;

import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.module.volunteer.internal.VolunteerModule;
import org.silverbranch.module.volunteer.internal.model.HoursStatus;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.persistence.ShiftEntity;
import org.silverbranch.module.volunteer.internal.persistence.SignupEntity;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerSchema;
import org.silverbranch.module.volunteer.internal.rules.Hours;

/**
 * The member's ledger (台账) lines of volunteer service: one per attendance with approved hours in the year, in
 * any street, e.g. "爱心义剪 志愿服务", 2.00 小时. Hours not yet approved are not in the ledger. The core's ledger
 * service decides who may read a member's ledger.
 */
@Component(service = LedgerContributor.class)
public class VolunteerLedger implements LedgerContributor {

    public static final String KIND = "VOLUNTEER_HOURS";
    public static final String UNIT = "小时";

    private final Transactions tx;

    @Activate
    public VolunteerLedger(@Reference(name = "jpa", target = VolunteerSchema.UNIT_FILTER) JpaTemplate jpa,
                           @Reference(name = "schema") VolunteerSchema schema) {
        this(jpa);
    }

    public VolunteerLedger(JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public String source() {
        return VolunteerModule.ID;
    }

    @Override
    public List<LedgerEntry> entries(Caller caller, long memberId, int year) {
        return tx.inTransaction(em -> em.createQuery("SELECT x FROM SignupEntity x JOIN x.shift s"
                        + " WHERE x.volunteer.memberId = :member AND x.status = :attended"
                        + " AND x.hoursStatus = :approved AND s.shiftDate BETWEEN :from AND :to"
                        + " ORDER BY s.shiftDate, s.startTime, x.id", SignupEntity.class)
                .setParameter("member", memberId).setParameter("attended", SignupStatus.ATTENDED)
                .setParameter("approved", HoursStatus.APPROVED)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream()
                .map(VolunteerLedger::entry)
                .toList());
    }

    static LedgerEntry entry(SignupEntity attendance) {
        ShiftEntity shift = attendance.getShift();
        return new LedgerEntry(VolunteerModule.ID, shift.getShiftDate(), KIND,
                shift.getTeam().serviceName() + " 志愿服务", Hours.toHours(attendance.getMinutes()), UNIT);
    }
}
