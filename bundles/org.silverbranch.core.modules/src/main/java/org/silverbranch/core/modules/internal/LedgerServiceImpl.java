package org.silverbranch.core.modules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.api.module.LedgerService;
import org.silverbranch.core.api.module.MemberLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member's ledger (台账): the entries of the core and of every installed module, in one timeline. A module
 * that fails is left out of the answer and logged, so one faulty module never hides the rest of the ledger.
 */
@Component(service = LedgerService.class)
public class LedgerServiceImpl implements LedgerService {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerServiceImpl.class);
    private static final Comparator<LedgerEntry> TIMELINE = Comparator.comparing(LedgerEntry::date)
            .thenComparing(LedgerEntry::source).thenComparing(LedgerEntry::kind);

    private final MemberService members;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<LedgerContributor> contributors = List.of();

    @Activate
    public LedgerServiceImpl(@Reference MemberService members) {
        this.members = members;
    }

    @Override
    public MemberLedger ledger(Caller caller, long memberId, int year) {
        Member member = members.get(caller, memberId); // 404, and the caller's scope, before any module is asked
        List<LedgerEntry> entries = new ArrayList<>();
        for (LedgerContributor contributor : contributors) {
            try {
                entries.addAll(contributor.entries(caller, memberId, year));
            } catch (RuntimeException e) {
                LOG.warn("Ledger contributor {} failed for member {}; its entries are left out", contributor.source(),
                        memberId, e);
            }
        }
        entries.sort(TIMELINE);
        return new MemberLedger(memberId, member.name(), year, entries);
    }
}
