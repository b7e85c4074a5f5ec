package org.silverbranch.orglife.dues.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.orglife.dues.Expense;

/** A branch's spending of returned dues. */
@Entity
@Table(name = "ol_dues_expense")
public class ExpenseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "branch_id")
    private long branchId;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "amount_fen")
    private long amountFen;
    @Column(name = "spent_on")
    private LocalDate spentOn;
    private String purpose;
    @Column(name = "approved_by")
    private String approvedBy;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    public ExpenseEntity() {
    }

    public ExpenseEntity(long branchId, String streetCode, long amountFen, LocalDate spentOn, String purpose,
                         String approvedBy, String note, String recordedBy, Instant recordedAt) {
        this.branchId = branchId;
        this.streetCode = streetCode;
        this.amountFen = amountFen;
        this.spentOn = spentOn;
        this.purpose = purpose;
        this.approvedBy = approvedBy;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Expense toDto() {
        return new Expense(id, branchId, streetCode, amountFen, spentOn, purpose, approvedBy, note, recordedBy,
                recordedAt);
    }
}
