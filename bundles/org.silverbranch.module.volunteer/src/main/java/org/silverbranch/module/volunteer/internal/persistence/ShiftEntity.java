package org.silverbranch.module.volunteer.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

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

import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.rules.TimeSlot;

/** A shift of a team. The street is copied from the team so a street's shifts are found without a join. */
@Entity
@Table(name = "vol_shift")
public class ShiftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private TeamEntity team;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "series_id")
    private String seriesId;
    @Column(name = "shift_date")
    private LocalDate shiftDate;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private String place;
    private int capacity;
    @Enumerated(EnumType.STRING)
    @Column(name = "signup_mode")
    private SignupMode signupMode;
    private String note;
    @Enumerated(EnumType.STRING)
    private ShiftStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public TimeSlot slot() {
        return new TimeSlot(shiftDate, startTime, endTime);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public TeamEntity getTeam() { return team; }
    public void setTeam(TeamEntity team) { this.team = team; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public String getSeriesId() { return seriesId; }
    public void setSeriesId(String seriesId) { this.seriesId = seriesId; }
    public LocalDate getShiftDate() { return shiftDate; }
    public void setShiftDate(LocalDate shiftDate) { this.shiftDate = shiftDate; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public SignupMode getSignupMode() { return signupMode; }
    public void setSignupMode(SignupMode signupMode) { this.signupMode = signupMode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public ShiftStatus getStatus() { return status; }
    public void setStatus(ShiftStatus status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
