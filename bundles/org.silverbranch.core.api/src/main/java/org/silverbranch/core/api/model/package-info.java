/** Data transfer objects and value enums of the core model; APIs speak these, never JPA entities. */
@Version("1.1.0")
@Export
package org.silverbranch.core.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
