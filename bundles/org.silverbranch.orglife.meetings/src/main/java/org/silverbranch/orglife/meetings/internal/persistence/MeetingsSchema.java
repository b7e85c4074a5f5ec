package org.silverbranch.orglife.meetings.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.schema.MigrationScript;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * Brings the bundle's {@code ol_meeting*} tables to the newest migration before anything uses them: every service
 * of the bundle references this component. The scripts are portable, except the one table holding attachment bytes
 * (BLOB on Derby, BYTEA on PostgreSQL: no binary large object type is common to both), which comes from a
 * sub-folder named after the database. A database is only ever one of the two, so each sees one script per version.
 */
@Component(service = MeetingsSchema.class, immediate = true)
public class MeetingsSchema {

    public static final String OWNER = "orglife-meetings";
    public static final String FOLDER = "db/orglife-meetings";
    public static final String UNIT = "silverbranch-orglife-meetings";
    /** The JpaTemplate of this bundle's persistence unit. */
    public static final String UNIT_FILTER = "(osgi.unit.name=" + UNIT + ")";
    /** Portable scripts, in {@link #FOLDER}. */
    public static final String[] SCRIPTS = {"V001__meetings.sql"};
    /** Scripts of each database, in {@code FOLDER/derby} and {@code FOLDER/postgresql}. */
    public static final String[] DIALECT_SCRIPTS = {"V002__attachment_content.sql"};

    @Activate
    public MeetingsSchema(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=silverbranch)") DataSource dataSource) {
        List<MigrationScript> scripts = new ArrayList<>(SchemaMigrations.fromBundle(context.getBundle(), FOLDER));
        scripts.addAll(SchemaMigrations.fromBundle(context.getBundle(), FOLDER + "/" + dialect(dataSource)));
        SchemaMigrations.migrate(dataSource, OWNER, scripts);
    }

    /** The same migrations from a class loader (tests). */
    public static void migrate(DataSource dataSource, ClassLoader loader) {
        List<MigrationScript> scripts = new ArrayList<>(SchemaMigrations.fromClassLoader(loader, FOLDER, SCRIPTS));
        scripts.addAll(SchemaMigrations.fromClassLoader(loader, FOLDER + "/" + dialect(dataSource), DIALECT_SCRIPTS));
        SchemaMigrations.migrate(dataSource, OWNER, scripts);
    }

    /** {@code postgresql} or {@code derby}, the sub-folder of the database's own scripts. */
    static String dialect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("derby")) {
                return "derby";
            }
            throw new IllegalStateException("unsupported database " + product + ": Derby or PostgreSQL expected");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database: " + e.getMessage(), e);
        }
    }
}
