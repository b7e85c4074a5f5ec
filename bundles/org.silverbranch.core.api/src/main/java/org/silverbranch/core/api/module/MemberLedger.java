package org.silverbranch.core.api.module;

import java.util.List;

/** A member's ledger for one year: every contributor's entries in one timeline, oldest first. */
public record MemberLedger(long memberId, String memberName, int year, List<LedgerEntry> entries) {
}
