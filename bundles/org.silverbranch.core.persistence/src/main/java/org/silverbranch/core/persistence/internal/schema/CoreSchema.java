package org.silverbranch.core.persistence.internal.schema;

import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.schema.MigrationScript;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the core tables to the newest migration before anything uses them. The core services reference this
 * component, so none of them activates on an old schema. Besides the SQL scripts it runs the data steps SQL cannot
 * do: encrypting the ID numbers of an older database with the personal data key ({@link IdNumberEncryption}).
 */
@Component(service = CoreSchema.class, immediate = true)
public class CoreSchema {

    public static final String OWNER = "core";
    public static final String FOLDER = "db/core";

    @Activate
    public CoreSchema(BundleContext context,
                      @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource,
                      @Reference PersonalDataProtection protection) {
        migrate(dataSource, protection, SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
    }

    /** The scripts, then the data steps; also for tests, which read the scripts through a class loader. */
    public static void migrate(DataSource dataSource, PersonalDataProtection protection, List<MigrationScript> scripts) {
        SchemaMigrations.migrate(dataSource, OWNER, scripts);
        IdNumberEncryption.run(dataSource, protection);
    }
}
