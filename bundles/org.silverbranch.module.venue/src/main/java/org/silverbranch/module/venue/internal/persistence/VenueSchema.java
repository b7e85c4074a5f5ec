package org.silverbranch.module.venue.internal.persistence;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the module's {@code ven_*} tables to the newest migration in {@code db/venue/} before anything uses them:
 * every service of the module references this component, so none activates on an old schema. Uninstalling the
 * module leaves the tables and their data for a later reinstall.
 */
@Component(service = VenueSchema.class, immediate = true)
public class VenueSchema {

    public static final String OWNER = "venue";
    public static final String FOLDER = "db/venue";
    public static final String UNIT = "silverbranch-venue";
    /** The JpaTemplate of this module's persistence unit. */
    public static final String UNIT_FILTER = "(osgi.unit.name=" + UNIT + ")";

    @Activate
    public VenueSchema(BundleContext context,
                       @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, OWNER, SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
    }
}
