package org.silverbranch.module.volunteer.internal.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;

/** A volunteer team. Street, community, branch and captain are core codes and ids, not relationships. */
@Entity
@Table(name = "vol_team")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "community_code")
    private String communityCode;
    @Column(name = "branch_id")
    private Long branchId;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private ServiceType serviceType;
    @Column(name = "service_label")
    private String serviceLabel;
    @Column(name = "captain_member_id")
    private Long captainMemberId;
    @Enumerated(EnumType.STRING)
    private TeamStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TeamMemberEntity> members = new ArrayList<>();

    /** The service as people call it, e.g. 爱心义剪. */
    public String serviceName() {
        return serviceType.displayName(serviceLabel);
    }

    public boolean hasMember(long memberId) {
        return members.stream().anyMatch(m -> m.getVolunteer().getMemberId() == memberId);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public String getCommunityCode() { return communityCode; }
    public void setCommunityCode(String communityCode) { this.communityCode = communityCode; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ServiceType getServiceType() { return serviceType; }
    public void setServiceType(ServiceType serviceType) { this.serviceType = serviceType; }
    public String getServiceLabel() { return serviceLabel; }
    public void setServiceLabel(String serviceLabel) { this.serviceLabel = serviceLabel; }
    public Long getCaptainMemberId() { return captainMemberId; }
    public void setCaptainMemberId(Long captainMemberId) { this.captainMemberId = captainMemberId; }
    public TeamStatus getStatus() { return status; }
    public void setStatus(TeamStatus status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<TeamMemberEntity> getMembers() { return members; }
}
