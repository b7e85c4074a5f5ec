/**
 * What every part of organizational life shares: the scope rules of branch records, reporting periods and the
 * bundles' bilingual messages. The parts' own services and DTOs are in the sub-packages.
 */
@Version("1.0.0")
@Export
package org.silverbranch.orglife.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
