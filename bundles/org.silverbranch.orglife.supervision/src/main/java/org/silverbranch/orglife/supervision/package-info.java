/**
 * 督查 Supervision, 化并转 branch health and 候鸟 seasonal members: the exported services and DTOs of the bundle
 * {@code org.silverbranch.orglife.supervision}, for its REST resources and for the oversight bundle's alerts and
 * dashboards. Every service takes the {@link org.silverbranch.core.api.Caller} first and applies
 * {@code org.silverbranch.orglife.api.BranchScope}: another street's record is not found (404), a visible record the
 * caller may not change is forbidden (403). Failures are {@link org.silverbranch.core.api.ServiceException}s with
 * codes that have Chinese and English messages. Dates are the server's local dates ("today" comes from the
 * bundle's clock).
 */
@Version("1.0.0")
@Export
package org.silverbranch.orglife.supervision;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
