package org.silverbranch.orglife.assessment.internal.persistence;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the bundle's {@code ol_*} tables to the newest migration in {@code db/orglife-assessment/} before anything
 * uses them: every service of the bundle references this component, so none activates on an old schema.
 */
@Component(service = AssessmentSchema.class, immediate = true)
public class AssessmentSchema {

    public static final String OWNER = "orglife-assessment";
    public static final String FOLDER = "db/orglife-assessment";
    public static final String UNIT = "silverbranch-orglife-assessment";
    /** The JpaTemplate of this bundle's persistence unit. */
    public static final String UNIT_FILTER = "(osgi.unit.name=" + UNIT + ")";

    @Activate
    public AssessmentSchema(BundleContext context,
                            @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, OWNER, SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
    }
}
