/**
 * What a JAX-RS resource needs to be published by the Silverbranch REST bundle, in the core or in a module.
 * <p>
 * Register the resource as a DS component service with {@link org.silverbranch.core.rest.RestProperties#RESOURCE}
 * {@code =true}; a module also sets {@link org.silverbranch.core.rest.RestProperties#GROUP} to its module id and
 * is then served below {@code /api/v1/{module id}}. The REST bundle adds JSON, authentication, error mapping and
 * the OpenAPI document; a resource never imports CXF.
 * <p>
 * Since 1.1: {@link org.silverbranch.core.rest.Csv} (CSV for Excel: UTF-8 with BOM, formula-safe) and
 * {@link org.silverbranch.core.rest.CsvDownloads} (a CSV as a download); {@link org.silverbranch.core.rest.QueryParams}
 * also reads ints, dates and months.
 */
@Version("1.1.0")
@Export
package org.silverbranch.core.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
