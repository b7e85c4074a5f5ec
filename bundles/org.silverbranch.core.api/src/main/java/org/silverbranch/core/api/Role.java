package org.silverbranch.core.api;

/** What a user may do, each with a scope (district, one street or one branch). */
public enum Role {
    /** 区委组织部: everything, installs modules, manages users. */
    DISTRICT_ADMIN,
    /** 街道 / 街工委: one street's organizations, members, users and module enablement. */
    STREET_ADMIN,
    /** 支部书记: one branch's members and records. */
    BRANCH_SECRETARY,
    /** 服务专员: the cadres assigned to them. */
    SPECIALIST,
    /** District-wide, read-only, never unmasked. */
    AUDITOR,
    /** One street, read-only. */
    VIEWER
}
