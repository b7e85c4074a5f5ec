package org.silverbranch.core.api.module;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.silverbranch.core.api.Caller;

/** Registered by the core and by modules: their entries of a member's ledger for one year. */
@ConsumerType
public interface LedgerContributor {

    /** {@code core} or the module id. */
    String source();

    List<LedgerEntry> entries(Caller caller, long memberId, int year);
}
