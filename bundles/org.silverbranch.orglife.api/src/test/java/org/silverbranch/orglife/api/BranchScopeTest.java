package org.silverbranch.orglife.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;

public class BranchScopeTest {

    private static final String STREET = "230109002";
    private static final String OTHER_STREET = "230109005";
    private static final long BRANCH = 7L;

    @Test
    public void aSecretaryReadsAndWritesTheirOwnBranchOnly() {
        Caller secretary = new Caller("bs", Role.BRANCH_SECRETARY, STREET, BRANCH);
        assertTrue(BranchScope.writes(secretary, STREET, BRANCH));
        assertFalse(BranchScope.reads(secretary, STREET, 8L));
        assertEquals(404, status(() -> BranchScope.requireWrite(secretary, STREET, 8L)));
        assertEquals(403, status(() -> BranchScope.requireStreetRead(secretary, STREET)));
    }

    @Test
    public void anotherStreetIsNotFoundAndReadOnlyRolesMayNotWrite() {
        Caller streetAdmin = new Caller("sa", Role.STREET_ADMIN, STREET, null);
        Caller viewer = new Caller("vw", Role.VIEWER, STREET, null);
        Caller auditor = new Caller("au", Role.AUDITOR, null, null);
        assertEquals(404, status(() -> BranchScope.requireRead(streetAdmin, OTHER_STREET, BRANCH)));
        assertEquals(404, status(() -> BranchScope.requireStreetRead(viewer, OTHER_STREET)));
        assertEquals(403, status(() -> BranchScope.requireWrite(viewer, STREET, BRANCH)));
        assertEquals(403, status(() -> BranchScope.requireWrite(auditor, STREET, BRANCH)));
        assertEquals(403, status(() -> BranchScope.requireStreetWrite(viewer, STREET)));
        assertEquals(403, status(() -> BranchScope.requireDistrictRead(streetAdmin)));
        BranchScope.requireStreetRead(auditor, OTHER_STREET);
        BranchScope.requireStreetWrite(streetAdmin, STREET);
    }

    @Test
    public void aSpecialistSeesNoBranchRecords() {
        Caller specialist = new Caller("sp", Role.SPECIALIST, STREET, null);
        assertEquals(404, status(() -> BranchScope.requireRead(specialist, STREET, BRANCH)));
        assertEquals(403, status(() -> BranchScope.requireStreetRead(specialist, STREET)));
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e.kind().httpStatus();
        }
        fail("allowed");
        return 0;
    }
}
