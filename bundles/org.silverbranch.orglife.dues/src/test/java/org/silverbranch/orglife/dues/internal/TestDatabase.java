package org.silverbranch.orglife.dues.internal;

import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.core.persistence.schema.SchemaMigrations;
import org.silverbranch.orglife.dues.internal.persistence.DuesSchema;

/** A fresh database with only the bundle's own migrations (as in OSGi, through the core's SchemaMigrations). */
public final class TestDatabase extends JpaTestDatabase {

    public TestDatabase() {
        super(dataSource -> SchemaMigrations.migrate(dataSource, DuesSchema.OWNER, SchemaMigrations.fromClassLoader(
                TestDatabase.class.getClassLoader(), DuesSchema.FOLDER, "V001__dues.sql")), DuesSchema.UNIT);
    }
}
