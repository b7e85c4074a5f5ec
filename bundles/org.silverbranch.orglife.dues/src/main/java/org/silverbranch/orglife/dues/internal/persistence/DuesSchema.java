package org.silverbranch.orglife.dues.internal.persistence;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the {@code ol_dues_*} tables to the newest migration in {@code db/orglife-dues/} before anything uses them:
 * every service of the bundle references this component, so none activates on an old schema.
 */
@Component(service = DuesSchema.class, immediate = true)
public class DuesSchema {

    public static final String OWNER = "orglife-dues";
    public static final String FOLDER = "db/orglife-dues";
    public static final String UNIT = "silverbranch-orglife-dues";
    /** The JpaTemplate of this bundle's persistence unit. */
    public static final String UNIT_FILTER = "(osgi.unit.name=" + UNIT + ")";

    @Activate
    public DuesSchema(BundleContext context,
                      @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, OWNER, SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
    }
}
