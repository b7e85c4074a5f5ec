package org.silverbranch.module.volunteer.internal.persistence;

import java.time.Instant;

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

import org.silverbranch.module.volunteer.internal.model.HoursStatus;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;

/** A volunteer's sign-up for a shift and, after check-in, the attendance with its minutes. */
@Entity
@Table(name = "vol_signup")
public class SignupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "shift_id")
    private ShiftEntity shift;
    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private VolunteerEntity volunteer;
    @Enumerated(EnumType.STRING)
    private SignupStatus status;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by")
    private String checkedInBy;
    private Integer minutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "hours_status")
    private HoursStatus hoursStatus;
    @Column(name = "hours_decided_at")
    private Instant hoursDecidedAt;
    @Column(name = "hours_decided_by")
    private String hoursDecidedBy;

    protected SignupEntity() {
    }

    public SignupEntity(ShiftEntity shift, VolunteerEntity volunteer) {
        this.shift = shift;
        this.volunteer = volunteer;
    }

    /** A new request on this row (first sign-up, or again after a withdrawal): the old decision is cleared. */
    public void request(SignupStatus initial, String by, Instant now) {
        status = initial;
        requestedAt = now;
        requestedBy = by;
        decidedAt = initial == SignupStatus.CONFIRMED ? now : null;
        decidedBy = initial == SignupStatus.CONFIRMED ? by : null;
    }

    public void decide(SignupStatus decision, String by, Instant now) {
        status = decision;
        decidedAt = now;
        decidedBy = by;
    }

    public void checkIn(int defaultMinutes, String by, Instant now) {
        status = SignupStatus.ATTENDED;
        checkedInAt = now;
        checkedInBy = by;
        minutes = defaultMinutes;
        hoursStatus = HoursStatus.PENDING;
    }

    public void approveHours(String by, Instant now) {
        hoursStatus = HoursStatus.APPROVED;
        hoursDecidedAt = now;
        hoursDecidedBy = by;
    }

    public long memberId() {
        return volunteer.getMemberId();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ShiftEntity getShift() { return shift; }
    public VolunteerEntity getVolunteer() { return volunteer; }
    public SignupStatus getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public String getCheckedInBy() { return checkedInBy; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public HoursStatus getHoursStatus() { return hoursStatus; }
    public Instant getHoursDecidedAt() { return hoursDecidedAt; }
    public String getHoursDecidedBy() { return hoursDecidedBy; }
}
