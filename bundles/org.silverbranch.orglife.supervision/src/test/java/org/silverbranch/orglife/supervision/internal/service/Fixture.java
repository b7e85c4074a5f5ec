package org.silverbranch.orglife.supervision.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.supervision.FindingInput;
import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.InspectionInput;
import org.silverbranch.orglife.supervision.InspectionKind;
import org.silverbranch.orglife.supervision.internal.FakeCore;
import org.silverbranch.orglife.supervision.internal.TestClock;
import org.silverbranch.orglife.supervision.internal.TestDatabase;
import org.silverbranch.orglife.supervision.internal.rules.HealthSettings;

/**
 * The bundle's services on a real database with the core faked, as the OSGi components would be wired, plus
 * callers of every role and shorthands. Each test class makes its own fixture (its own database).
 */
public final class Fixture implements AutoCloseable {

    /** Today in the tests: Thursday 2026-11-05. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 5);
    public static final String STREET = FakeCore.TAIYANGDAO;

    public static final Caller DISTRICT = new Caller("district-admin", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("taiyangdao-admin", Role.STREET_ADMIN, STREET, null);
    public static final Caller VIEWER = new Caller("taiyangdao-viewer", Role.VIEWER, STREET, null);
    public static final Caller SONGBEI_ADMIN = new Caller("songbei-admin", Role.STREET_ADMIN, FakeCore.SONGBEI, null);
    /** The secretary of 天鹅湖社区离退休干部党支部. */
    public static final Caller SECRETARY = new Caller("tianehu-secretary", Role.BRANCH_SECRETARY, STREET,
            FakeCore.TIANEHU_BRANCH);
    /** The secretary of 怡园社区离退休干部党支部, the same street. */
    public static final Caller YIYUAN_SECRETARY = new Caller("yiyuan-secretary", Role.BRANCH_SECRETARY, STREET,
            FakeCore.YIYUAN_BRANCH);
    public static final Caller SPECIALIST = new Caller("specialist", Role.SPECIALIST, STREET, null);

    public final TestDatabase db = new TestDatabase();
    public final FakeCore core = new FakeCore();
    public final TestClock clock = new TestClock(TODAY);
    public final SupervisionServiceImpl supervision = new SupervisionServiceImpl(db, core.streets, core.organizations,
            core.members, core.audit, clock);
    public final BranchHealthServiceImpl health = new BranchHealthServiceImpl(core.streets, core.organizations,
            HealthSettings.DEFAULTS, clock);
    public final SeasonalServiceImpl seasonal = new SeasonalServiceImpl(core.streets, core.organizations,
            core.members, clock);

    /** A routine inspection of the branch on the day with findings owned by name, each with its deadline. */
    public Inspection inspect(Caller caller, long branchId, LocalDate on, LocalDate... deadlines) {
        List<FindingInput> findings = java.util.Arrays.stream(deadlines)
                .map(d -> new FindingInput("党员大会记录不全", d, null, "张书记")).toList();
        return supervision.createInspection(caller, branchId, new InspectionInput(on, InspectionKind.ROUTINE,
                List.of("李督查"), "组织生活基本正常", findings));
    }

    /** Runs the call and returns the ServiceException it must throw, checking its kind and code. */
    public static ServiceException fails(ErrorKind kind, String code, Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            assertEquals(e.toString(), kind, e.kind());
            assertEquals(code, e.code());
            return e;
        }
        fail("expected " + kind + " " + code);
        return null;
    }

    /** The field problems of a 400 as "field:code". */
    public static List<String> fields(ServiceException e) {
        return e.fields().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
