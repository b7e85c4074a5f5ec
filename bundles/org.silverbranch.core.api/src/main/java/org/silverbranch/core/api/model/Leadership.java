package org.silverbranch.core.api.model;

import java.util.List;

/**
 * The leadership of an organization: who holds a position today, which positions are vacant, and past terms.
 */
public record Leadership(Long organizationId, List<Leader> current, List<LeaderRole> vacancies, List<Leader> past) {
}
