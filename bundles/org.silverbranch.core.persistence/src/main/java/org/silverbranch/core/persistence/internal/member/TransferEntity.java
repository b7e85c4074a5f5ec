package org.silverbranch.core.persistence.internal.member;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.silverbranch.core.api.model.Transfer;

/** A recorded transfer of a member's organizational relationship (组织关系转接); append-only. */
@Entity
@Table(name = "sb_member_transfer")
public class TransferEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "from_branch_id")
    private Long fromBranchId;
    @Column(name = "to_branch_id")
    private Long toBranchId;
    @Column(name = "from_street_code")
    private String fromStreetCode;
    @Column(name = "to_street_code")
    private String toStreetCode;
    private String destination;
    @Column(name = "transferred_on")
    private LocalDate transferredOn;
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected TransferEntity() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public TransferEntity(long memberId, Long fromBranchId, Long toBranchId, String fromStreetCode, String toStreetCode,
                          String destination, LocalDate transferredOn, String reason, String recordedBy) {
        this.memberId = memberId;
        this.fromBranchId = fromBranchId;
        this.toBranchId = toBranchId;
        this.fromStreetCode = fromStreetCode;
        this.toStreetCode = toStreetCode;
        this.destination = destination;
        this.transferredOn = transferredOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Transfer toDto() {
        return new Transfer(id, memberId, fromBranchId, toBranchId, fromStreetCode, toStreetCode, destination,
                transferredOn, reason, recordedBy, recordedAt);
    }
}
