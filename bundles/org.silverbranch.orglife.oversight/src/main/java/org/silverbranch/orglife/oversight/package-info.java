/**
 * Oversight of organizational life: the six-month rule watch ({@link org.silverbranch.orglife.oversight.SixMonthWatch},
 * Party Constitution art. 9), a street's and a branch's alerts ({@link org.silverbranch.orglife.oversight.AlertService})
 * and the street and district dashboards ({@link org.silverbranch.orglife.oversight.DashboardService}). Nothing here
 * is stored or changed: every figure is read, with the caller, from the services of the meetings, dues, assessment
 * and supervision bundles and from the core. The platform warns; it never changes a member's status.
 * Every service takes the {@link org.silverbranch.core.api.Caller} first and applies
 * {@code org.silverbranch.orglife.api.BranchScope}.
 */
@Version("1.0.0")
@Export
package org.silverbranch.orglife.oversight;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
