/**
 * Versioned schema migrations for bundles that own tables (the core and every module): ordered SQL scripts
 * shipped in the bundle, applied once each, recorded in {@code sb_schema_history}.
 */
@Version("1.0.0")
@Export
package org.silverbranch.core.persistence.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
