package org.silverbranch.core.persistence.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database, fresh for each instance, with a persistence unit on it, for testing services without OSGi (the
 * persistence bundle's test-jar; modules use it too): Derby in memory by default, or a new PostgreSQL database when
 * the environment variable {@code SILVERBRANCH_TEST_POSTGRES} holds a JDBC URL of a server (user and password as
 * URL parameters), dropped again on {@link #close()}. The JpaTemplate does what Aries JPA's does for a
 * RESOURCE_LOCAL unit: one transaction per call, rolled back on any exception.
 */
public class JpaTestDatabase implements JpaTemplate, AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final DataSource dataSource;
    private final EntityManagerFactory emf;
    private final String postgresServer;
    private final String postgresDatabase;

    /**
     * @param migrate         brings the empty database to the schema, e.g. with {@code SchemaMigrations}
     * @param persistenceUnit the unit's name in {@code META-INF/persistence.xml} on the test class path
     */
    public JpaTestDatabase(Consumer<DataSource> migrate, String persistenceUnit) {
        String postgres = System.getenv("SILVERBRANCH_TEST_POSTGRES");
        postgresServer = postgres == null || postgres.isBlank() ? null : postgres;
        String name = "sbtest_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        postgresDatabase = postgresServer == null ? null : name;
        dataSource = postgresServer == null ? derby(name) : postgres(postgresServer, name);
        migrate.accept(dataSource);
        emf = Persistence.createEntityManagerFactory(persistenceUnit, Map.of(
                "javax.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
    }

    private static DataSource derby(String name) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + name);
        derby.setCreateDatabase("create");
        return derby;
    }

    private static DataSource postgres(String serverUrl, String name) {
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

    /** Runs a plain SQL count, to look at the rows as the database has them. */
    public long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    /** Closes the unit; a PostgreSQL test database is dropped, so a shared server does not fill up. */
    @Override
    public void close() {
        emf.close();
        if (postgresDatabase != null) {
            try (Connection admin = DriverManager.getConnection(postgresServer);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + postgresDatabase);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test database " + postgresDatabase, e);
            }
        }
    }
}
