package org.silverbranch.orglife.dues.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A member's dues settings (the voluntary monthly amount); the row exists from the first change on. */
@Entity
@Table(name = "ol_dues_account")
public class AccountEntity {

    @Id
    @Column(name = "member_id")
    private Long memberId;
    @Version
    private long version;
    @Column(name = "voluntary_monthly_fen")
    private Long voluntaryMonthlyFen;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public long getVersion() { return version; }
    public Long getVoluntaryMonthlyFen() { return voluntaryMonthlyFen; }
    public void setVoluntaryMonthlyFen(Long voluntaryMonthlyFen) { this.voluntaryMonthlyFen = voluntaryMonthlyFen; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
