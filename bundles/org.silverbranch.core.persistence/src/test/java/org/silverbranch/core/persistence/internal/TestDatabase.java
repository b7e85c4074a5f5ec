package org.silverbranch.core.persistence.internal;

import java.util.Map;
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
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * A real Derby database in memory with the core migrations applied and the core persistence unit on top, for
 * testing the services without OSGi. The JpaTemplate here does what Aries JPA's does for a RESOURCE_LOCAL unit:
 * one transaction per call, rolled back on any exception.
 */
public final class TestDatabase implements JpaTemplate, AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final EntityManagerFactory emf;

    public TestDatabase() {
        dataSource.setDatabaseName("memory:silverbranch-test-" + COUNTER.incrementAndGet());
        dataSource.setCreateDatabase("create");
        SchemaMigrations.migrate(dataSource, CoreSchema.OWNER, SchemaMigrations.fromClassLoader(
                getClass().getClassLoader(), CoreSchema.FOLDER, "V001__core_model.sql"));
        emf = Persistence.createEntityManagerFactory("silverbranch-core", Map.of(
                "javax.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
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
