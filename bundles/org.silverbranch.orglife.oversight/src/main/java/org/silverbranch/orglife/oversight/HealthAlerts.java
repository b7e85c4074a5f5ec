package org.silverbranch.orglife.oversight;

import java.util.List;
import java.util.Map;

import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;

/**
 * Branch health suggestions (化并转) of a street's active branches, only those with a suggestion.
 *
 * @param branches    branches with at least one suggestion
 * @param suggestions suggestions in all
 * @param byRule      every rule, with the number of its suggestions (0 included)
 */
public record HealthAlerts(int branches, int suggestions, Map<HealthRule, Integer> byRule, List<BranchHealth> items) {

    public HealthAlerts {
        items = List.copyOf(items);
    }
}
