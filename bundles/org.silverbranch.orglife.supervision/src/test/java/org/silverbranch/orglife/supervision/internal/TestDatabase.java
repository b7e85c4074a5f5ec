package org.silverbranch.orglife.supervision.internal;

import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.core.persistence.schema.SchemaMigrations;
import org.silverbranch.orglife.supervision.internal.persistence.SupervisionSchema;

/**
 * A fresh database with only this bundle's migrations (through the core's exported {@link SchemaMigrations}, as in
 * OSGi) and its persistence unit: its tables refer to core records by id, without foreign keys.
 */
public final class TestDatabase extends JpaTestDatabase {

    public TestDatabase() {
        super(dataSource -> SchemaMigrations.migrate(dataSource, SupervisionSchema.OWNER,
                        SchemaMigrations.fromClassLoader(TestDatabase.class.getClassLoader(), SupervisionSchema.FOLDER,
                                "V001__supervision.sql")),
                SupervisionSchema.UNIT);
    }
}
