package org.silverbranch.module.venue.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.rules.TimeRange;

/**
 * A booking. The venue's street is copied so both streets find their bookings without a join; the booker's name is
 * copied from the core when the booking is made, so lists and exports need no call to the core per row.
 */
@Entity
@Table(name = "ven_booking")
public class BookingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private VenueEntity venue;
    @Column(name = "venue_street_code")
    private String venueStreetCode;
    @Column(name = "booker_street_code")
    private String bookerStreetCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "booker_type")
    private BookerType bookerType;
    @Column(name = "booker_id")
    private long bookerId;
    @Column(name = "booker_name")
    private String bookerName;
    private String purpose;
    private int headcount;
    @Column(name = "booking_date")
    private LocalDate bookingDate;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    @Column(name = "series_id")
    private String seriesId;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    private String note;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by")
    private String checkedInBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }

    /** A new booking: CONFIRMED at once, or REQUESTED when the venue wants approval. */
    public void request(BookingStatus initial, String by, Instant now) {
        this.status = initial;
        this.requestedAt = now;
        this.requestedBy = by;
        this.confirmedAt = initial == BookingStatus.CONFIRMED ? now : null;
        this.updatedAt = now;
    }

    /** Approve, reject or cancel: who decided, when, and why. */
    public void decide(BookingStatus decision, String by, String why, Instant now) {
        this.status = decision;
        this.decidedAt = now;
        this.decidedBy = by;
        this.note = why;
        if (decision == BookingStatus.CONFIRMED) {
            this.confirmedAt = now;
        }
        this.updatedAt = now;
    }

    public void checkIn(String by, Instant now) {
        this.status = BookingStatus.CHECKED_IN;
        this.checkedInAt = now;
        this.checkedInBy = by;
        this.updatedAt = now;
    }

    public void release(Instant now) {
        this.status = BookingStatus.NO_SHOW;
        this.releasedAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public VenueEntity getVenue() { return venue; }
    public void setVenue(VenueEntity venue) { this.venue = venue; this.venueStreetCode = venue.getStreetCode(); }
    public String getVenueStreetCode() { return venueStreetCode; }
    public String getBookerStreetCode() { return bookerStreetCode; }
    public void setBookerStreetCode(String code) { this.bookerStreetCode = code; }
    public BookerType getBookerType() { return bookerType; }
    public void setBookerType(BookerType bookerType) { this.bookerType = bookerType; }
    public long getBookerId() { return bookerId; }
    public void setBookerId(long bookerId) { this.bookerId = bookerId; }
    public String getBookerName() { return bookerName; }
    public void setBookerName(String bookerName) { this.bookerName = bookerName; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public int getHeadcount() { return headcount; }
    public void setHeadcount(int headcount) { this.headcount = headcount; }
    public LocalDate getBookingDate() { return bookingDate; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }

    public void setTime(LocalDateTime start, LocalDateTime end) {
        this.bookingDate = start.toLocalDate();
        this.startsAt = start;
        this.endsAt = end;
    }

    public BookingStatus getStatus() { return status; }
    public String getSeriesId() { return seriesId; }
    public void setSeriesId(String seriesId) { this.seriesId = seriesId; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getNote() { return note; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public String getCheckedInBy() { return checkedInBy; }
    public Instant getReleasedAt() { return releasedAt; }
}
