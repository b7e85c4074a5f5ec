package org.silverbranch.core.persistence.jpa;

import java.sql.SQLException;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.silverbranch.core.api.ServiceException;

/**
 * Runs work in one transaction of a persistence unit on the Silverbranch data source and turns database failures a user can cause into
 * {@link ServiceException}s, rolled back either way: a concurrent edit into {@code STALE_VERSION} (409), a violated
 * unique or check constraint into {@code CONSTRAINT_VIOLATION} (409), a lock not obtained in time into
 * {@code CONFLICT} (409).
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

    public static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceException se) {
                return se;
            }
            if (t instanceof OptimisticLockException) {
                return ServiceException.conflict("STALE_VERSION");
            }
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return ServiceException.conflict("CONFLICT");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23")) {
                    return ServiceException.conflict("CONSTRAINT_VIOLATION");
                }
                if (state.equals("40001") || state.equals("40P01") || state.equals("40XL1") || state.equals("55P03")) {
                    return ServiceException.conflict("CONFLICT");  // deadlock or lock wait ended by the database
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }
}
