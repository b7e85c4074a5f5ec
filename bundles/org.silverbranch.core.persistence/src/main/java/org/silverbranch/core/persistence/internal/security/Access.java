package org.silverbranch.core.persistence.internal.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.SensitiveField;

/**
 * The one place that says what each role may see and change; every core service method asks it before it reads
 * or writes. The rules, by role and scope:
 * <table>
 * <caption>Roles</caption>
 * <tr><th>role</th><th>reads</th><th>writes</th></tr>
 * <tr><td>DISTRICT_ADMIN</td><td>everything</td><td>everything; users; modules</td></tr>
 * <tr><td>AUDITOR</td><td>everything, never unmasked; the audit log</td><td>nothing</td></tr>
 * <tr><td>STREET_ADMIN</td><td>their street</td><td>their street's organizations, members, users</td></tr>
 * <tr><td>VIEWER</td><td>their street</td><td>nothing</td></tr>
 * <tr><td>BRANCH_SECRETARY</td><td>their street's structure; their branch's members</td><td>their branch's members
 * and leadership</td></tr>
 * <tr><td>SPECIALIST</td><td>their street's structure; members assigned to them (none until assignments
 * exist)</td><td>nothing in the core</td></tr>
 * </table>
 * Out of scope is answered so that nothing is revealed: a read of another street's record is "not found" (404),
 * exactly as for a record that does not exist; a write outside the caller's scope is "forbidden" (403), and for a
 * scoped caller so is a write to a record that does not exist, so the two cannot be told apart.
 */
public final class Access {

    private static final Set<Role> DISTRICT = EnumSet.of(Role.DISTRICT_ADMIN, Role.AUDITOR);
    private static final Set<Role> WRITERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.BRANCH_SECRETARY);
    private static final Set<Role> STRUCTURE_WRITERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_ADMIN);
    private static final Set<Role> UNMASKERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.BRANCH_SECRETARY);

    private Access() {
    }

    /** District admins and auditors: every street, no street of their own. */
    public static boolean isDistrictWide(Caller caller) {
        return DISTRICT.contains(caller.role());
    }

    public static boolean isDistrictAdmin(Caller caller) {
        return caller.role() == Role.DISTRICT_ADMIN;
    }

    // ------------------------------------------------------------------ streets and structure

    /** Whether the street (and its communities, organizations and head counts) is in the caller's scope. */
    public static boolean seesStreet(Caller caller, String streetCode) {
        return isDistrictWide(caller) || (streetCode != null && streetCode.equals(caller.streetCode()));
    }

    /** @throws ServiceException {@code STREET_NOT_FOUND} (404) for a street outside the caller's scope */
    public static void requireStreet(Caller caller, String streetCode) {
        if (!seesStreet(caller, streetCode)) {
            throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
        }
    }

    // ------------------------------------------------------------------ members

    /** Whether a member of this street and branch is in the caller's scope. */
    public static boolean seesMember(Caller caller, String streetCode, Long branchId) {
        return switch (caller.role()) {
            case DISTRICT_ADMIN, AUDITOR -> true;
            case STREET_ADMIN, VIEWER -> seesStreet(caller, streetCode);
            case BRANCH_SECRETARY -> seesStreet(caller, streetCode) && Objects.equals(branchId, caller.branchId());
            case SPECIALIST -> false; // the cadres assigned to them: assignments come with the visits module
        };
    }

    /** The branch a caller's member lists are limited to, or null when they see whole streets. */
    public static Long memberBranchScope(Caller caller) {
        return caller.role() == Role.BRANCH_SECRETARY ? Objects.requireNonNullElse(caller.branchId(), -1L) : null;
    }

    /** Whether the caller sees no member at all (so lists are empty without asking the database). */
    public static boolean seesNoMembers(Caller caller) {
        return caller.role() == Role.SPECIALIST;
    }

    /** Whether the caller may change a member of this street and branch (and create members there). */
    public static boolean writesMember(Caller caller, String streetCode, Long branchId) {
        return switch (caller.role()) {
            case DISTRICT_ADMIN -> true;
            case STREET_ADMIN -> seesStreet(caller, streetCode);
            case BRANCH_SECRETARY -> seesStreet(caller, streetCode) && Objects.equals(branchId, caller.branchId());
            default -> false;
        };
    }

    // ------------------------------------------------------------------ writes

    /**
     * First check of every write, before anything is looked up: roles that never write are refused at once.
     *
     * @throws ServiceException {@code FORBIDDEN} (403)
     */
    public static void requireWriter(Caller caller) {
        if (!WRITERS.contains(caller.role())) {
            throw forbidden();
        }
    }

    /** Organizations themselves (create, update) belong to the street: district and street admins. */
    public static void requireStructureWrite(Caller caller, String streetCode) {
        if (!STRUCTURE_WRITERS.contains(caller.role()) || !seesStreet(caller, streetCode)) {
            throw forbidden();
        }
    }

    /** Leadership terms of an organization: district and street admins, and the secretary of that branch. */
    public static void requireLeadershipWrite(Caller caller, String streetCode, long organizationId) {
        boolean allowed = switch (caller.role()) {
            case DISTRICT_ADMIN -> true;
            case STREET_ADMIN -> seesStreet(caller, streetCode);
            case BRANCH_SECRETARY -> seesStreet(caller, streetCode) && Objects.equals(caller.branchId(), organizationId);
            default -> false;
        };
        if (!allowed) {
            throw forbidden();
        }
    }

    /**
     * The answer to a write whose target does not exist: a district admin learns that it is not found; a scoped
     * caller gets the same 403 as for another street's record, so existence is never revealed.
     */
    public static ServiceException missingWriteTarget(Caller caller, String notFoundCode, Object id) {
        return isDistrictAdmin(caller) ? ServiceException.notFound(notFoundCode, id) : forbidden();
    }

    public static ServiceException forbidden() {
        return ServiceException.forbidden("FORBIDDEN");
    }

    // ------------------------------------------------------------------ sensitive data

    /** Whether the caller may ask for this sensitive field in full; auditors never may. */
    public static boolean mayUnmask(Caller caller, SensitiveField field) {
        return UNMASKERS.contains(caller.role());
    }

    // ------------------------------------------------------------------ users and audit

    /** Who may list users: district admins, auditors, and street admins (their street's users). */
    public static void requireUserReader(Caller caller) {
        if (!isDistrictWide(caller) && caller.role() != Role.STREET_ADMIN) {
            throw forbidden();
        }
    }

    /** Whether a user of this role and street is in the caller's user scope. */
    public static boolean seesUser(Caller caller, Role role, String streetCode) {
        if (isDistrictWide(caller)) {
            return true;
        }
        return caller.role() == Role.STREET_ADMIN && streetCode != null && streetCode.equals(caller.streetCode())
                && !DISTRICT.contains(role);
    }

    /** Whether the caller may give a user this role in this street (creating or changing the user). */
    public static boolean grantsRole(Caller caller, Role role, String streetCode) {
        if (isDistrictAdmin(caller)) {
            return true;
        }
        return caller.role() == Role.STREET_ADMIN && !DISTRICT.contains(role) && streetCode != null
                && streetCode.equals(caller.streetCode());
    }

    /** The audit log: district admins and auditors. */
    public static void requireAuditReader(Caller caller) {
        if (!isDistrictWide(caller)) {
            throw forbidden();
        }
    }
}
