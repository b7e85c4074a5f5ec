/**
 * JPA helpers for bundles with a persistence unit on the Silverbranch data source (the core and modules):
 * transactions that turn concurrent edits and constraint violations into 409 answers, and an Instant converter.
 */
@Version("1.0.0")
@Export
package org.silverbranch.core.persistence.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
