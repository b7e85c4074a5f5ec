package org.silverbranch.orglife.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection (督查) of a branch, with its findings as rectification tasks (in the order they were given).
 *
 * @param organizationName the branch's name when the inspection was recorded
 * @param recordedBy       the user who recorded it
 */
public record Inspection(Long id, Long version, Long organizationId, String organizationName, String streetCode,
                         LocalDate inspectedOn, InspectionKind kind, List<String> inspectors, String summary,
                         List<Rectification> findings, String recordedBy, Instant recordedAt) {
}
