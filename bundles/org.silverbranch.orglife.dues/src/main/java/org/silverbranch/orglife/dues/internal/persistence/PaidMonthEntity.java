package org.silverbranch.orglife.dues.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One month paid by a payment, at the member's monthly due then; {@code month} is {@code yyyymm}. */
@Entity
@Table(name = "ol_dues_paid_month")
public class PaidMonthEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "payment_id")
    private long paymentId;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "dues_month")
    private int month;
    @Column(name = "amount_fen")
    private long amountFen;

    public PaidMonthEntity() {
    }

    public PaidMonthEntity(long paymentId, long memberId, int month, long amountFen) {
        this.paymentId = paymentId;
        this.memberId = memberId;
        this.month = month;
        this.amountFen = amountFen;
    }

    public long getPaymentId() { return paymentId; }
    public long getMemberId() { return memberId; }
    public int getMonth() { return month; }
    public long getAmountFen() { return amountFen; }
}
