package org.silverbranch.core.persistence.internal;

import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.PersonalDataKey;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.jpa.JpaTestDatabase;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/** A fresh database with the core migrations applied and the core persistence unit on it. */
public final class TestDatabase extends JpaTestDatabase {

    /** One key for every test database of the run, as one installation has one key file. */
    public static final PersonalDataProtection PROTECTION = new PersonalDataProtection(PersonalDataKey.generate());

    public TestDatabase() {
        super(dataSource -> CoreSchema.migrate(dataSource, PROTECTION, SchemaMigrations.fromClassLoader(
                TestDatabase.class.getClassLoader(), CoreSchema.FOLDER, "V001__core_model.sql", "V002__security.sql",
                "V003__member_pension.sql")),
                "silverbranch-core");
    }
}
