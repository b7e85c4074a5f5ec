package org.silverbranch.orglife.supervision.internal.persistence;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the bundle's {@code ol_inspection} and {@code ol_rectification} tables to the newest migration in
 * {@code db/orglife-supervision/} before anything uses them: the services reference this component, so none
 * activates on an old schema.
 */
@Component(service = SupervisionSchema.class, immediate = true)
public class SupervisionSchema {

    public static final String OWNER = "orglife-supervision";
    public static final String FOLDER = "db/orglife-supervision";
    public static final String UNIT = "silverbranch-orglife-supervision";
    /** The JpaTemplate of this bundle's persistence unit. */
    public static final String UNIT_FILTER = "(osgi.unit.name=" + UNIT + ")";

    @Activate
    public SupervisionSchema(BundleContext context,
                             @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, OWNER, SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
    }
}
