package org.silverbranch.core.persistence.internal.schema;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the core tables to the newest migration before anything uses them. The core services reference this
 * component, so none of them activates on an old schema.
 */
@Component(service = CoreSchema.class, immediate = true)
public class CoreSchema {

    public static final String OWNER = "core";
    public static final String FOLDER = "db/core";

    @Activate
    public CoreSchema(BundleContext context,
                      @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, OWNER, SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
    }
}
