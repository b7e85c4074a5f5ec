package org.silverbranch.module.venue.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.venue.internal.VenueModule;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.persistence.BookingEntity;
import org.silverbranch.module.venue.internal.persistence.VenueSchema;

/**
 * The member's ledger (台账) lines of venue bookings made for the member, in any street, in the year: confirmed and
 * checked-in bookings ({@code VENUE_BOOKING}, e.g. "天鹅湖社区活动室 场地预约：书法练习", 2.00 小时) and no-shows
 * ({@code VENUE_NO_SHOW}). Requested, rejected and cancelled bookings are not in the ledger. Bookings for a branch
 * or a team name no member, so they are in no member's ledger. The core's ledger service decides who may read it.
 */
@Component(service = LedgerContributor.class)
public class VenueLedger implements LedgerContributor {

    public static final String KIND_BOOKING = "VENUE_BOOKING";
    public static final String KIND_NO_SHOW = "VENUE_NO_SHOW";
    public static final String UNIT = "小时";
    private static final Set<BookingStatus> IN_LEDGER = Set.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN,
            BookingStatus.NO_SHOW);

    private final Transactions tx;

    @Activate
    public VenueLedger(@Reference(name = "jpa", target = VenueSchema.UNIT_FILTER) JpaTemplate jpa,
                       @Reference(name = "schema") VenueSchema schema) {
        this(jpa);
    }

    public VenueLedger(JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public String source() {
        return VenueModule.ID;
    }

    @Override
    public List<LedgerEntry> entries(Caller caller, long memberId, int year) {
        return tx.inTransaction(em -> em.createQuery("SELECT b FROM BookingEntity b WHERE b.bookerType = :member"
                        + " AND b.bookerId = :id AND b.status IN :statuses AND b.bookingDate BETWEEN :from AND :to"
                        + " ORDER BY b.startsAt, b.id", BookingEntity.class)
                .setParameter("member", BookerType.MEMBER).setParameter("id", memberId)
                .setParameter("statuses", IN_LEDGER)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream()
                .map(VenueLedger::entry)
                .toList());
    }

    static LedgerEntry entry(BookingEntity b) {
        boolean noShow = b.getStatus() == BookingStatus.NO_SHOW;
        String title = b.getVenue().getName() + (noShow ? " 预约未到场：" : " 场地预约：") + b.getPurpose();
        BigDecimal hours = BigDecimal.valueOf(b.range().minutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
        return new LedgerEntry(VenueModule.ID, b.getBookingDate(), noShow ? KIND_NO_SHOW : KIND_BOOKING, title,
                hours, UNIT);
    }
}
