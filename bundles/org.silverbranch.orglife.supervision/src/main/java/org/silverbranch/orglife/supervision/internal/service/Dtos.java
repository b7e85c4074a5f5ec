package org.silverbranch.orglife.supervision.internal.service;

import java.time.LocalDate;
import java.util.List;

import org.silverbranch.orglife.supervision.Inspection;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.internal.persistence.InspectionEntity;
import org.silverbranch.orglife.supervision.internal.persistence.RectificationEntity;
import org.silverbranch.orglife.supervision.internal.rules.Overdue;

/** Entities to the exported DTOs; "overdue" is computed for the given today. */
final class Dtos {

    private Dtos() {
    }

    static Inspection inspection(InspectionEntity e, List<RectificationEntity> findings, LocalDate today) {
        return new Inspection(e.getId(), e.getVersion(), e.getOrganizationId(), e.getOrganizationName(),
                e.getStreetCode(), e.getInspectedOn(), e.getKind(), e.inspectorNames(), e.getSummary(),
                findings.stream().map(r -> rectification(r, today)).toList(), e.getRecordedBy(), e.getRecordedAt());
    }

    static Rectification rectification(RectificationEntity r, LocalDate today) {
        return new Rectification(r.getId(), r.getVersion(), r.getInspection().getId(), r.getOrganizationId(),
                r.getInspection().getOrganizationName(), r.getStreetCode(), r.getInspectedOn(), r.getDescription(),
                r.getDeadline(), r.getOwnerMemberId(), r.getOwnerName(), r.getStatus(), r.getCompletedOn(),
                r.getCompletionNote(), r.getCancelReason(), Overdue.isOverdue(r.getStatus(), r.getDeadline(), today),
                Overdue.daysOverdue(r.getStatus(), r.getDeadline(), today));
    }
}
