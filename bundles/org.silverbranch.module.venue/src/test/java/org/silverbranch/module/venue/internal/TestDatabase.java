package org.silverbranch.module.venue.internal;

import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.core.persistence.schema.SchemaMigrations;
import org.silverbranch.module.venue.internal.persistence.VenueSchema;

/**
 * A fresh database with only the module's own migrations (through the core's exported {@link SchemaMigrations}, as
 * in OSGi) and the module's persistence unit: its tables refer to core records by id, without foreign keys.
 */
public final class TestDatabase extends JpaTestDatabase {

    public TestDatabase() {
        super(dataSource -> SchemaMigrations.migrate(dataSource, VenueSchema.OWNER, SchemaMigrations.fromClassLoader(
                TestDatabase.class.getClassLoader(), VenueSchema.FOLDER, "V001__venue.sql")), VenueSchema.UNIT);
    }
}
