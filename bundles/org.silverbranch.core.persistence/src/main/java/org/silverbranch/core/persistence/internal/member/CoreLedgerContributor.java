package org.silverbranch.core.persistence.internal.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.persistence.internal.organization.LeaderEntity;
import org.silverbranch.core.persistence.internal.organization.OrganizationEntity;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.jpa.Transactions;

/** The core's lines of a member's ledger: transfers of the organizational relationship and leadership terms. */
@Component(service = LedgerContributor.class)
public class CoreLedgerContributor implements LedgerContributor {

    private static final Map<LeaderRole, String> ROLE_NAMES = Map.of(LeaderRole.SECRETARY, "书记",
            LeaderRole.DEPUTY_SECRETARY, "副书记", LeaderRole.COMMITTEE_MEMBER, "支委委员");

    private final Transactions tx;

    @Activate
    public CoreLedgerContributor(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                                 @Reference CoreSchema schema) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public String source() {
        return "core";
    }

    @Override
    public List<LedgerEntry> entries(Caller caller, long memberId, int year) {
        return tx.inTransaction(em -> {
            List<LedgerEntry> entries = new ArrayList<>();
            List<Transfer> transfers = em.createQuery("SELECT t FROM TransferEntity t WHERE t.memberId = :m",
                            TransferEntity.class).setParameter("m", memberId).getResultList().stream()
                    .map(TransferEntity::toDto).filter(t -> t.transferredOn().getYear() == year).toList();
            List<LeaderEntity> terms = em.createQuery("SELECT l FROM LeaderEntity l WHERE l.memberId = :m",
                    LeaderEntity.class).setParameter("m", memberId).getResultList();
            Map<Long, String> orgNames = em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.id IN :ids",
                            OrganizationEntity.class)
                    .setParameter("ids", organizationIds(transfers, terms)).getResultList().stream()
                    .collect(Collectors.toMap(OrganizationEntity::getId, OrganizationEntity::getName));
            for (Transfer t : transfers) {
                String to = t.toBranchId() == null ? t.destination() : orgNames.get(t.toBranchId());
                entries.add(new LedgerEntry("core", t.transferredOn(), "TRANSFER", "组织关系转接：转至" + to, null, null));
            }
            for (LeaderEntity l : terms) {
                String title = orgNames.get(l.getOrganizationId()) + ROLE_NAMES.get(l.getRole());
                if (l.getTermStart().getYear() == year) {
                    entries.add(new LedgerEntry("core", l.getTermStart(), "LEADERSHIP_START", "任" + title, null, null));
                }
                LocalDate end = l.getTermEnd();
                if (end != null && end.getYear() == year && !end.isAfter(LocalDate.now())) {
                    entries.add(new LedgerEntry("core", end, "LEADERSHIP_END", "卸任" + title, null, null));
                }
            }
            return entries;
        });
    }

    private static List<Long> organizationIds(List<Transfer> transfers, List<LeaderEntity> terms) {
        List<Long> ids = new ArrayList<>(List.of(-1L)); // IN () is not valid SQL
        transfers.stream().map(Transfer::toBranchId).filter(java.util.Objects::nonNull).forEach(ids::add);
        terms.forEach(l -> ids.add(l.getOrganizationId()));
        return ids;
    }
}
