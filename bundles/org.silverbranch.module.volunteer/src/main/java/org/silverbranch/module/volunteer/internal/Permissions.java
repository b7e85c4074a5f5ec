package org.silverbranch.module.volunteer.internal;

import java.util.List;
import java.util.Set;

import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.module.ModulePermission;

/**
 * What the module lets each core role do (district admins may do everything). Captains (队长) have no login of their
 * own: they approve sign-ups and hours through the street's or their branch secretary's account.
 */
public final class Permissions {

    /** See teams, shifts, hours, statistics and the export. */
    public static final ModulePermission READ = new ModulePermission("volunteer.read", "查看志愿服务",
            "View volunteer service", Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY, Role.SPECIALIST, Role.AUDITOR,
            Role.VIEWER));

    /** Create and change teams and their rosters. */
    public static final ModulePermission TEAMS_MANAGE = new ModulePermission("volunteer.teams.manage",
            "管理志愿服务队", "Manage volunteer teams", Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY));

    /** Plan and cancel shifts, approve or reject sign-ups, check volunteers in, record their minutes. */
    public static final ModulePermission SHIFTS_MANAGE = new ModulePermission("volunteer.shifts.manage",
            "安排服务班次", "Plan shifts and record attendance", Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY));

    /** Sign a volunteer up for a shift, or withdraw them: also service specialists, for the cadres they visit. */
    public static final ModulePermission SIGNUPS_MANAGE = new ModulePermission("volunteer.signups.manage",
            "志愿者报名", "Sign volunteers up", Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY, Role.SPECIALIST));

    /** Approve recorded hours, which only then count. */
    public static final ModulePermission HOURS_APPROVE = new ModulePermission("volunteer.hours.approve",
            "审核服务时长", "Approve volunteer hours", Set.of(Role.STREET_ADMIN, Role.BRANCH_SECRETARY));

    public static final List<ModulePermission> ALL = List.of(READ, TEAMS_MANAGE, SHIFTS_MANAGE, SIGNUPS_MANAGE,
            HOURS_APPROVE);

    private Permissions() {
    }
}
