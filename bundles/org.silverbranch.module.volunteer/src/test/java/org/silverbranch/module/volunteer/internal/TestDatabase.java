package org.silverbranch.module.volunteer.internal;

import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.core.persistence.schema.SchemaMigrations;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerSchema;

/**
 * A fresh database with only the module's own migrations (through the core's exported {@link SchemaMigrations}, as
 * in OSGi) and the module's persistence unit: its tables refer to core records by id, without foreign keys.
 */
public final class TestDatabase extends JpaTestDatabase {

    public TestDatabase() {
        super(dataSource -> SchemaMigrations.migrate(dataSource, VolunteerSchema.OWNER, SchemaMigrations.fromClassLoader(
                TestDatabase.class.getClassLoader(), VolunteerSchema.FOLDER, "V001__volunteer.sql")),
                VolunteerSchema.UNIT);
    }
}
