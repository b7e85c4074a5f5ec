package org.silverbranch.orglife.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A new inspection of a branch with its findings, created in one transaction.
 *
 * @param inspectedOn the inspection's date (required, not in the future)
 * @param kind        ROUTINE or SPECIAL (required)
 * @param inspectors  the inspectors' names (1 to 20, each at most 50 characters)
 * @param summary     the inspection's conclusion (optional, at most 2000 characters)
 * @param findings    the findings, each a rectification task (0 to 100)
 */
public record InspectionInput(LocalDate inspectedOn, InspectionKind kind, List<String> inspectors, String summary,
                              List<FindingInput> findings) {
}
