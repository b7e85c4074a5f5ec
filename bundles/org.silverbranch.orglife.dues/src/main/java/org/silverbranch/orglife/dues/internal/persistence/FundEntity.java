package org.silverbranch.orglife.dues.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A branch's returned dues: running totals, locked by every return and expense of the branch. */
@Entity
@Table(name = "ol_dues_fund")
public class FundEntity {

    @Id
    @Column(name = "branch_id")
    private Long branchId;
    @Version
    private long version;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "returned_fen")
    private long returnedFen;
    @Column(name = "spent_fen")
    private long spentFen;

    public FundEntity() {
    }

    public FundEntity(long branchId, String streetCode) {
        this.branchId = branchId;
        this.streetCode = streetCode;
    }

    public Long getBranchId() { return branchId; }
    public long getVersion() { return version; }
    public long getReturnedFen() { return returnedFen; }
    public long getSpentFen() { return spentFen; }
    public long balance() { return returnedFen - spentFen; }
    public void addReturned(long fen) { returnedFen = Math.addExact(returnedFen, fen); }
    public void addSpent(long fen) { spentFen = Math.addExact(spentFen, fen); }
}
