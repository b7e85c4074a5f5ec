package org.silverbranch.orglife.dues;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Dues returned to a branch (党费返还) and the branch's spending of them, with the balance. Returns are recorded by the
 * street (the street's administrator) or the district administrator; expenses by whoever writes the branch's records
 * (its secretary, the street's administrator, the district administrator). Every write is audited.
 */
@ProviderType
public interface BranchFundService {

    /** @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code FORBIDDEN} (403), 400 */
    DuesReturn recordReturn(Caller caller, long organizationId, ReturnInput input);

    /** Newest first; of one year when {@code year} is not null. */
    List<DuesReturn> returns(Caller caller, long organizationId, Integer year);

    /**
     * @throws ServiceException 409 {@code INSUFFICIENT_BALANCE} when the amount exceeds the balance, 409
     *                          {@code STALE_VERSION} for a stale {@code balanceVersion}, 400, 403, 404
     */
    Expense recordExpense(Caller caller, long organizationId, ExpenseInput input);

    /** Newest first; of one year when {@code year} is not null. */
    List<Expense> expenses(Caller caller, long organizationId, Integer year);

    FundBalance balance(Caller caller, long organizationId);
}
