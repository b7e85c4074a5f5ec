package org.silverbranch.core.modules.internal;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Migrates this bundle's table before its services activate. References the StreetService so that the core
 * tables it points to exist first.
 */
@Component(service = ModulesSchema.class, immediate = true)
public class ModulesSchema {

    @Activate
    public ModulesSchema(BundleContext context,
                         @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource,
                         @Reference StreetService coreIsMigrated) {
        SchemaMigrations.migrate(dataSource, "modules", SchemaMigrations.fromBundle(context.getBundle(), "db/modules"));
    }
}
