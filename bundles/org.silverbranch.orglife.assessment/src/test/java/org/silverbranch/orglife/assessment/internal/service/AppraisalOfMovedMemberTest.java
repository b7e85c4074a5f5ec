package org.silverbranch.orglife.assessment.internal.service;

import static org.junit.Assert.assertEquals;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.DISTRICT;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SECRETARY;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.SONGBEI_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.orglife.assessment.internal.service.Fixture.fails;

import java.time.LocalDate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.orglife.assessment.Appraisal;
import org.silverbranch.orglife.assessment.AppraisalInput;
import org.silverbranch.orglife.assessment.AppraisalResult;
import org.silverbranch.orglife.assessment.internal.FakeCore;

/**
 * An appraisal is the decision of the member assembly of the branch it was recorded in: after the member moves, it
 * stays with that branch, and only who may write that branch's records changes it. Each test has its own database.
 */
public class AppraisalOfMovedMemberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 18);
    private Fixture f;

    @Before
    public void start() {
        f = new Fixture();
    }

    @After
    public void stop() {
        f.close();
    }

    private static AppraisalInput input(AppraisalResult result, Long version) {
        return new AppraisalInput(result, DAY, "支部党员大会民主评议", version);
    }

    @Test
    public void aMovedMembersAppraisalStaysWithItsBranchAndOnlyItsWritersChangeIt() {
        long m = f.core.member("赵德明", FakeCore.TIANEHU_BRANCH);
        Appraisal old = f.appraisals.put(SECRETARY, m, 2026, input(AppraisalResult.QUALIFIED, null));
        f.core.move(m, FakeCore.OUMEIYA_BRANCH);  // transferred to another street

        // the new street's admin now finds the member, but neither overwrites 天鹅湖's appraisal nor adds a second
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND", () -> f.appraisals.put(SONGBEI_ADMIN, m, 2026,
                input(AppraisalResult.UNQUALIFIED, old.version())));
        fails(ErrorKind.CONFLICT, "APPRAISAL_EXISTS", () -> f.appraisals.put(SONGBEI_ADMIN, m, 2026,
                input(AppraisalResult.UNQUALIFIED, null)));
        Appraisal kept = f.appraisals.ofMember(DISTRICT, m).get(0);
        assertEquals(AppraisalResult.QUALIFIED, kept.result());
        assertEquals(old.version(), kept.version());
        assertEquals(FakeCore.TIANEHU_BRANCH, kept.organizationId());
        assertEquals(FakeCore.TAIYANGDAO, kept.streetCode());

        // the district may correct it, in place: it is still 天鹅湖's, on 天鹅湖's sheet and street counts
        Appraisal corrected = f.appraisals.put(DISTRICT, m, 2026, input(AppraisalResult.EXCELLENT, old.version()));
        assertEquals(AppraisalResult.EXCELLENT, corrected.result());
        assertEquals(FakeCore.TIANEHU_BRANCH, corrected.organizationId());
        assertEquals(FakeCore.TAIYANGDAO, corrected.streetCode());
        assertEquals(AppraisalResult.EXCELLENT, f.appraisals.ofBranch(STREET_ADMIN, FakeCore.TIANEHU_BRANCH, 2026)
                .members().stream().filter(r -> r.memberId() == m).findFirst().orElseThrow().appraisal().result());
        assertEquals(0, f.audit.entries.stream().filter(e -> e.action().equals("APPRAISAL_UPDATE")
                && e.entityId().equals(String.valueOf(old.id())) && e.changes().containsKey("organizationId")).count());
    }

    @Test
    public void aMemberMovedWithinTheStreetIsNotReappraisedByTheNewBranchsSecretary() {
        Caller yiyuanSecretary = new Caller("yiyuan-secretary", Role.BRANCH_SECRETARY, FakeCore.TAIYANGDAO,
                FakeCore.YIYUAN_BRANCH);
        long m = f.core.member("钱丽华", FakeCore.TIANEHU_BRANCH);
        Appraisal old = f.appraisals.put(SECRETARY, m, 2025, new AppraisalInput(AppraisalResult.QUALIFIED,
                LocalDate.of(2025, 12, 20), null, null));
        f.core.move(m, FakeCore.YIYUAN_BRANCH);
        fails(ErrorKind.NOT_FOUND, "ORGANIZATION_NOT_FOUND", () -> f.appraisals.put(yiyuanSecretary, m, 2025,
                new AppraisalInput(AppraisalResult.UNQUALIFIED, LocalDate.of(2025, 12, 20), null, old.version())));
        // the street's admin writes both branches: the change is allowed, and the appraisal is not moved
        Appraisal changed = f.appraisals.put(STREET_ADMIN, m, 2025, new AppraisalInput(AppraisalResult.EXCELLENT,
                LocalDate.of(2025, 12, 20), null, old.version()));
        assertEquals(FakeCore.TIANEHU_BRANCH, changed.organizationId());
        // a new year's appraisal belongs to the branch of now
        Appraisal next = f.appraisals.put(yiyuanSecretary, m, 2026, input(AppraisalResult.QUALIFIED, null));
        assertEquals(FakeCore.YIYUAN_BRANCH, next.organizationId());
    }
}
