package org.silverbranch.orglife.meetings.internal;

import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingsSchema;

/**
 * A fresh database (Derby in memory, or PostgreSQL with SILVERBRANCH_TEST_POSTGRES) with only this bundle's
 * migrations, through the core's exported SchemaMigrations as in OSGi, and the bundle's persistence unit.
 */
public final class TestDatabase extends JpaTestDatabase {

    public TestDatabase() {
        super(dataSource -> MeetingsSchema.migrate(dataSource, TestDatabase.class.getClassLoader()),
                MeetingsSchema.UNIT);
    }
}
