package org.silverbranch.core.persistence.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.SensitiveField;

public class AccessTest {

    private static final String OWN = "230109002";
    private static final String FOREIGN = "230109005";
    private static final long BRANCH = 11L;

    private static final Caller DISTRICT = new Caller("d", Role.DISTRICT_ADMIN, null, null);
    private static final Caller AUDITOR = new Caller("a", Role.AUDITOR, null, null);
    private static final Caller STREET = new Caller("s", Role.STREET_ADMIN, OWN, null);
    private static final Caller VIEWER = new Caller("v", Role.VIEWER, OWN, null);
    private static final Caller SECRETARY = new Caller("b", Role.BRANCH_SECRETARY, OWN, BRANCH);
    private static final Caller SPECIALIST = new Caller("p", Role.SPECIALIST, OWN, null);

    @Test
    public void streetsAreSeenByDistrictRolesAndTheirOwnStreet() {
        for (Caller c : new Caller[] {DISTRICT, AUDITOR}) {
            assertTrue(Access.seesStreet(c, FOREIGN));
        }
        for (Caller c : new Caller[] {STREET, VIEWER, SECRETARY, SPECIALIST}) {
            assertTrue(c.role().name(), Access.seesStreet(c, OWN));
            assertFalse(c.role().name(), Access.seesStreet(c, FOREIGN));
            assertFalse(c.role().name(), Access.seesStreet(c, null));
        }
        assertEquals(ErrorKind.NOT_FOUND, expect(() -> Access.requireStreet(VIEWER, FOREIGN)).kind());
    }

    @Test
    public void membersAreScopedToStreetOrBranch() {
        assertTrue(Access.seesMember(AUDITOR, FOREIGN, 99L));
        assertTrue(Access.seesMember(STREET, OWN, 99L));
        assertFalse(Access.seesMember(STREET, FOREIGN, 99L));
        assertTrue(Access.seesMember(SECRETARY, OWN, BRANCH));
        assertFalse(Access.seesMember(SECRETARY, OWN, 99L));
        assertFalse(Access.seesMember(SPECIALIST, OWN, BRANCH));
        assertEquals(Long.valueOf(BRANCH), Access.memberBranchScope(SECRETARY));
        assertNull(Access.memberBranchScope(STREET));
    }

    @Test
    public void onlyAdminsAndSecretariesWriteAndOnlyInTheirScope() {
        for (Caller c : new Caller[] {AUDITOR, VIEWER, SPECIALIST}) {
            assertEquals(ErrorKind.FORBIDDEN, expect(() -> Access.requireWriter(c)).kind());
            assertFalse(Access.writesMember(c, OWN, BRANCH));
        }
        assertTrue(Access.writesMember(STREET, OWN, 99L));
        assertFalse(Access.writesMember(STREET, FOREIGN, 99L));
        assertTrue(Access.writesMember(SECRETARY, OWN, BRANCH));
        assertFalse(Access.writesMember(SECRETARY, OWN, 99L));
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> Access.requireStructureWrite(SECRETARY, OWN)).kind());
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> Access.requireStructureWrite(STREET, FOREIGN)).kind());
        Access.requireStructureWrite(STREET, OWN);
        Access.requireLeadershipWrite(SECRETARY, OWN, BRANCH);
        assertEquals(ErrorKind.FORBIDDEN, expect(() -> Access.requireLeadershipWrite(SECRETARY, OWN, 99L)).kind());
    }

    @Test
    public void aMissingWriteTargetIsNotFoundOnlyForTheDistrictAdmin() {
        assertEquals(ErrorKind.NOT_FOUND, Access.missingWriteTarget(DISTRICT, "MEMBER_NOT_FOUND", 1).kind());
        assertEquals(ErrorKind.FORBIDDEN, Access.missingWriteTarget(STREET, "MEMBER_NOT_FOUND", 1).kind());
    }

    @Test
    public void auditorsViewersAndSpecialistsNeverUnmask() {
        for (SensitiveField f : SensitiveField.values()) {
            assertTrue(Access.mayUnmask(DISTRICT, f));
            assertTrue(Access.mayUnmask(STREET, f));
            assertTrue(Access.mayUnmask(SECRETARY, f));
            assertFalse(Access.mayUnmask(AUDITOR, f));
            assertFalse(Access.mayUnmask(VIEWER, f));
            assertFalse(Access.mayUnmask(SPECIALIST, f));
        }
    }

    @Test
    public void streetAdminsGrantOnlyStreetRolesOfTheirStreet() {
        assertTrue(Access.grantsRole(STREET, Role.BRANCH_SECRETARY, OWN));
        assertFalse(Access.grantsRole(STREET, Role.BRANCH_SECRETARY, FOREIGN));
        assertFalse(Access.grantsRole(STREET, Role.DISTRICT_ADMIN, null));
        assertFalse(Access.grantsRole(STREET, Role.AUDITOR, null));
        assertFalse(Access.grantsRole(VIEWER, Role.VIEWER, OWN));
        assertTrue(Access.grantsRole(DISTRICT, Role.AUDITOR, null));
        assertTrue(Access.seesUser(STREET, Role.VIEWER, OWN));
        assertFalse(Access.seesUser(STREET, Role.VIEWER, FOREIGN));
        assertFalse(Access.seesUser(STREET, Role.DISTRICT_ADMIN, null));
    }

    static ServiceException expect(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("expected a ServiceException");
        return null;
    }
}
