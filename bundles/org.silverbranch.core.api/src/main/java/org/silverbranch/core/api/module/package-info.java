/**
 * The service-module SPI. A module is one bundle {@code org.silverbranch.module.<id>} in its own Karaf feature
 * {@code silverbranch-module-<id>}; it declares itself by registering a {@link ServiceModule}, publishes its JAX-RS
 * resources as services with {@code osgi.jaxrs.resource=true} and {@code silverbranch.rest.group=<id>} (served under
 * {@code /api/v1/<id>/streets/{streetCode}/...} only for streets that enabled it), and may add entries to a member's
 * ledger through {@link LedgerContributor}. It depends on the core API only.
 */
@Version("1.0.0")
@Export
package org.silverbranch.core.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
