package org.silverbranch.core.persistence.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.PersonalDataKey;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * A real database, fresh for each instance: Derby in memory by default, or a new PostgreSQL database when the
 * environment variable {@code SILVERBRANCH_TEST_POSTGRES} holds a JDBC URL of a server (user and password as URL
 * parameters), with the core migrations applied and the core persistence unit on top, for
 * testing the services without OSGi. The JpaTemplate here does what Aries JPA's does for a RESOURCE_LOCAL unit:
 * one transaction per call, rolled back on any exception.
 */
public final class TestDatabase implements JpaTemplate, AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** One key for every test database of the run, as one installation has one key file. */
    public static final PersonalDataProtection PROTECTION = new PersonalDataProtection(PersonalDataKey.generate());

    public final DataSource dataSource;
    private final EntityManagerFactory emf;

    public TestDatabase() {
        String postgres = System.getenv("SILVERBRANCH_TEST_POSTGRES");
        dataSource = postgres == null || postgres.isBlank() ? derby() : postgres(postgres);
        CoreSchema.migrate(dataSource, PROTECTION, SchemaMigrations.fromClassLoader(
                getClass().getClassLoader(), CoreSchema.FOLDER, "V001__core_model.sql", "V002__security.sql"));
        emf = Persistence.createEntityManagerFactory("silverbranch-core", Map.of(
                "javax.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
    }

    private static DataSource derby() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:silverbranch-test-" + COUNTER.incrementAndGet());
        derby.setCreateDatabase("create");
        return derby;
    }

    /** A new database on the server, named after this JVM and a counter, so test classes never share tables. */
    private static DataSource postgres(String serverUrl) {
        String name = "sbtest_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(serverUrl);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + serverUrl, e);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
        return pg;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        emf.close();
    }
}
