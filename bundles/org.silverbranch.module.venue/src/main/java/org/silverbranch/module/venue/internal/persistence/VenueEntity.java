package org.silverbranch.module.venue.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueStatus;
import org.silverbranch.module.venue.internal.model.VenueType;

/** A venue of a street and its booking rules; its hours, blackout dates and sharing are {@link VenueDetails}. */
@Entity
@Table(name = "ven_venue")
public class VenueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "community_code")
    private String communityCode;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "venue_type")
    private VenueType type;
    private int capacity;
    @Column(name = "accessibility_notes")
    private String accessibilityNotes;
    @Enumerated(EnumType.STRING)
    private VenueStatus status;
    @Column(name = "min_notice_minutes")
    private int minNoticeMinutes;
    @Column(name = "max_duration_minutes")
    private int maxDurationMinutes;
    @Column(name = "slot_minutes")
    private int slotMinutes;
    @Column(name = "horizon_days")
    private int horizonDays;
    @Column(name = "weekly_quota")
    private Integer weeklyQuota;
    @Column(name = "approval_required")
    private boolean approvalRequired;
    @Column(name = "cancel_deadline_minutes")
    private int cancelDeadlineMinutes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public VenuePolicy policy() {
        return new VenuePolicy(minNoticeMinutes, maxDurationMinutes, slotMinutes, horizonDays, weeklyQuota,
                approvalRequired, cancelDeadlineMinutes);
    }

    public void setPolicy(VenuePolicy p) {
        this.minNoticeMinutes = p.minNoticeMinutes();
        this.maxDurationMinutes = p.maxDurationMinutes();
        this.slotMinutes = p.slotMinutes();
        this.horizonDays = p.horizonDays();
        this.weeklyQuota = p.weeklyQuota();
        this.approvalRequired = p.approvalRequired();
        this.cancelDeadlineMinutes = p.cancelDeadlineMinutes();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public String getCommunityCode() { return communityCode; }
    public void setCommunityCode(String communityCode) { this.communityCode = communityCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VenueType getType() { return type; }
    public void setType(VenueType type) { this.type = type; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getAccessibilityNotes() { return accessibilityNotes; }
    public void setAccessibilityNotes(String notes) { this.accessibilityNotes = notes; }
    public VenueStatus getStatus() { return status; }
    public void setStatus(VenueStatus status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
