package org.silverbranch.orglife.supervision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One suggestion of the branch health rules, naming the rule, the branch's figures it looked at and the threshold
 * it compared them with, e.g. MERGE, {@code {fullMemberCount=2}}, threshold {@code fullMemberCount < 3}.
 *
 * @param figures   the branch's figures the rule used (insertion-ordered; dates ISO)
 * @param threshold the condition that fired, with the district setting's value
 * @param source    the rule's source ({@link HealthRule#source()})
 */
public record HealthSuggestion(HealthRule rule, Map<String, String> figures, String threshold, String source) {

    public HealthSuggestion {
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
