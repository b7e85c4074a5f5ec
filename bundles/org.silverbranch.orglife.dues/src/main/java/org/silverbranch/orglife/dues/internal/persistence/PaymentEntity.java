package org.silverbranch.orglife.dues.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.orglife.dues.PaidBy;
import org.silverbranch.orglife.dues.PaymentMethod;

/** A payment of one or more months (the months are {@link PaidMonthEntity} rows). */
@Entity
@Table(name = "ol_dues_payment")
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "branch_id")
    private Long branchId;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "amount_fen")
    private long amountFen;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "paid_by")
    private PaidBy paidBy;
    @Column(name = "proxy_name")
    private String proxyName;
    @Column(name = "consent_by")
    private String consentBy;
    @Column(name = "consent_on")
    private LocalDate consentOn;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public void setMemberId(long memberId) { this.memberId = memberId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public long getAmountFen() { return amountFen; }
    public void setAmountFen(long amountFen) { this.amountFen = amountFen; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public PaidBy getPaidBy() { return paidBy; }
    public void setPaidBy(PaidBy paidBy) { this.paidBy = paidBy; }
    public String getProxyName() { return proxyName; }
    public void setProxyName(String proxyName) { this.proxyName = proxyName; }
    public String getConsentBy() { return consentBy; }
    public void setConsentBy(String consentBy) { this.consentBy = consentBy; }
    public LocalDate getConsentOn() { return consentOn; }
    public void setConsentOn(LocalDate consentOn) { this.consentOn = consentOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public void setRecordedAt(Instant recordedAt) { this.recordedAt = recordedAt; }
}
