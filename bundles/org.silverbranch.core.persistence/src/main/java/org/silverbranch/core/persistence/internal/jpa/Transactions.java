package org.silverbranch.core.persistence.internal.jpa;

import java.sql.SQLException;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.silverbranch.core.api.ServiceException;

/**
 * Runs work in one transaction of the core persistence unit and turns database failures a user can cause into
 * {@link ServiceException}s: a concurrent edit into {@code STALE_VERSION} (409), a violated unique or foreign key
 * into {@code CONSTRAINT_VIOLATION} (409). Either way the transaction is rolled back: nothing is half-written.
 */
public final class Transactions {

    private final JpaTemplate jpa;

    public Transactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public <R> R inTransaction(Function<EntityManager, R> work) {
        try {
            // Aries JPA supports only REQUIRED for RESOURCE_LOCAL units, reads included (STACK pitfall 4)
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceException se) {
                return se;
            }
            if (t instanceof OptimisticLockException) {
                return ServiceException.conflict("STALE_VERSION");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return ServiceException.conflict("CONSTRAINT_VIOLATION");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }
}
