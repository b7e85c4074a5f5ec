package org.silverbranch.module.venue.internal;

import java.util.List;
import java.util.Set;

import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.module.ModulePermission;

/** What the module lets each core role do (district admins may do everything). */
public final class Permissions {

    /** See venues, bookings, free slots and utilization. */
    public static final ModulePermission READ = new ModulePermission("venue.read", "查看活动阵地", "View venues",
            Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY, Role.SPECIALIST, Role.AUDITOR, Role.VIEWER));

    /** Create and change the street's venues: hours, blackout dates, sharing, booking rules. */
    public static final ModulePermission VENUES_MANAGE = new ModulePermission("venue.venues.manage",
            "管理活动阵地", "Manage venues", Set.of(Role.STREET_ADMIN));

    /** Book venues for members, branches and teams; cancel bookings; check bookers in at the street's venues. */
    public static final ModulePermission BOOKINGS_MANAGE = new ModulePermission("venue.bookings.manage",
            "预约活动阵地", "Book venues", Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY));

    /** Approve or reject requested bookings of the street's venues. */
    public static final ModulePermission BOOKINGS_APPROVE = new ModulePermission("venue.bookings.approve",
            "审批场地预约", "Approve bookings", Set.of(Role.STREET_ADMIN));

    public static final List<ModulePermission> ALL = List.of(READ, VENUES_MANAGE, BOOKINGS_MANAGE, BOOKINGS_APPROVE);

    private Permissions() {
    }
}
