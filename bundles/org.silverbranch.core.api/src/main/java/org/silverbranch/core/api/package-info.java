/**
 * Services of the Silverbranch core: streets, communities, Party organizations, members and authentication.
 * Every call names its {@link org.silverbranch.core.api.Caller} so the implementation can scope and audit it.
 */
@Version("1.1.0")
@Export
package org.silverbranch.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
