package org.silverbranch.orglife.assessment.internal;

import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.core.persistence.schema.SchemaMigrations;
import org.silverbranch.orglife.assessment.internal.persistence.AssessmentSchema;

/** A fresh database with only this bundle's migrations (as in OSGi, through SchemaMigrations) and its unit. */
public final class TestDatabase extends JpaTestDatabase {

    public TestDatabase() {
        super(dataSource -> SchemaMigrations.migrate(dataSource, AssessmentSchema.OWNER, SchemaMigrations.fromClassLoader(
                TestDatabase.class.getClassLoader(), AssessmentSchema.FOLDER, "V001__assessment.sql")),
                AssessmentSchema.UNIT);
    }
}
