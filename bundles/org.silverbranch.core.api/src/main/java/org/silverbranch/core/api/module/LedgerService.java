package org.silverbranch.core.api.module;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;

/** Aggregates the ledger entries of the core and of every installed module. */
@ProviderType
public interface LedgerService {

    /** @throws org.silverbranch.core.api.ServiceException {@code MEMBER_NOT_FOUND} (404) */
    MemberLedger ledger(Caller caller, long memberId, int year);
}
