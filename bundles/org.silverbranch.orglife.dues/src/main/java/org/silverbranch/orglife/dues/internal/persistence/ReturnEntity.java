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

import org.silverbranch.orglife.dues.DuesReturn;
import org.silverbranch.orglife.dues.ReturnSource;

/** 党费返还: dues returned to a branch. */
@Entity
@Table(name = "ol_dues_return")
public class ReturnEntity {

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
    @Column(name = "returned_on")
    private LocalDate returnedOn;
    @Enumerated(EnumType.STRING)
    private ReturnSource source;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    public ReturnEntity() {
    }

    public ReturnEntity(long branchId, String streetCode, long amountFen, LocalDate returnedOn, ReturnSource source,
                        String note, String recordedBy, Instant recordedAt) {
        this.branchId = branchId;
        this.streetCode = streetCode;
        this.amountFen = amountFen;
        this.returnedOn = returnedOn;
        this.source = source;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public DuesReturn toDto() {
        return new DuesReturn(id, branchId, streetCode, amountFen, returnedOn, source, note, recordedBy, recordedAt);
    }
}
