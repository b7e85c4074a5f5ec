package org.silverbranch.orglife.supervision.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;

/**
 * The branch health rules (化并转), applied to one branch's figures from the core. Each rule is in
 * {@link HealthRule} with its source; the thresholds are the district's {@link HealthSettings}.
 * <p>
 * Which terms run is decided here with the bundle's own today (a term runs from its start to its planned end, both
 * days included, as in the core), not with the core's {@code current} flag, so that one date rules everything.
 */
public final class HealthRules {

    private HealthRules() {
    }

    public static BranchHealth assess(Organization org, Leadership leadership, HealthSettings s, LocalDate today) {
        int members = orZero(org.memberCount());
        int full = orZero(org.fullMemberCount());
        List<Leader> all = Stream.concat(leadership.current().stream(), leadership.past().stream())
                .filter(Objects::nonNull).toList();
        List<Leader> running = all.stream().filter(l -> runsOn(l, today)).toList();
        int committee = (int) running.stream().filter(l -> l.role() == LeaderRole.COMMITTEE_MEMBER).count();
        String secretary = running.stream().filter(l -> l.role() == LeaderRole.SECRETARY)
                .map(Leader::memberName).findFirst().orElse(null);
        LocalDate termStart = running.stream().map(Leader::termStart).min(Comparator.naturalOrder()).orElse(null);
        LocalDate termEnd = running.isEmpty()
                ? all.stream().map(Leader::termEnd).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null)
                : running.stream().map(Leader::termEnd).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null);

        List<HealthSuggestion> suggestions = new ArrayList<>();
        if (full < s.minFullMembers()) {
            suggestions.add(suggestion(HealthRule.MERGE, figures("fullMemberCount", full),
                    "fullMemberCount < " + s.minFullMembers()));
        }
        if (full >= s.committeeFullMembers() && committee == 0) {
            suggestions.add(suggestion(HealthRule.FORM_COMMITTEE,
                    figures("fullMemberCount", full, "committeeMembers", committee),
                    "fullMemberCount >= " + s.committeeFullMembers() + " AND committeeMembers = 0"));
        }
        if (org.type() == OrganizationType.BRANCH && members > s.maxBranchMembers()) {
            suggestions.add(suggestion(HealthRule.GENERAL_BRANCH, figures("memberCount", members),
                    "memberCount > " + s.maxBranchMembers()));
        }
        if (secretary == null) {
            suggestions.add(suggestion(HealthRule.SECRETARY_VACANT, figures("secretaries", 0), "secretaries < 1"));
        }
        termExpiry(running, all, s.termYears(), today).ifPresent(expiredOn -> suggestions.add(suggestion(
                HealthRule.TERM_EXPIRED,
                figures("termStart", termStart, "termEnd", termEnd, "expiredOn", expiredOn, "today", today),
                "termEnd < today OR termStart + " + s.termYears() + " years < today")));
        return new BranchHealth(org.id(), org.name(), org.type(), org.streetCode(), org.communityCode(), today,
                members, full, committee, secretary, termStart, termEnd, suggestions);
    }

    /**
     * The day the leadership's term ran out, when it has: the earliest day a running term outlived the term length
     * ({@code termStart + years}, expired the day after), or, with nobody in office, the last planned end of a past
     * term (the leadership lapsed without a new election).
     */
    static Optional<LocalDate> termExpiry(List<Leader> running, List<Leader> all, int termYears, LocalDate today) {
        if (running.isEmpty()) {
            return all.stream().map(Leader::termEnd).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .filter(end -> end.isBefore(today));
        }
        return running.stream().map(l -> l.termStart().plusYears(termYears))
                .filter(end -> end.isBefore(today)).min(Comparator.naturalOrder());
    }

    /** A term runs from its start to its planned end, both days included. */
    static boolean runsOn(Leader l, LocalDate day) {
        return l.termStart() != null && !l.termStart().isAfter(day)
                && (l.termEnd() == null || !l.termEnd().isBefore(day));
    }

    private static HealthSuggestion suggestion(HealthRule rule, Map<String, String> figures, String threshold) {
        return new HealthSuggestion(rule, figures, threshold, rule.source());
    }

    private static Map<String, String> figures(Object... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {  // an unknown figure is left out rather than shown as "null"
                map.put((String) keysAndValues[i], value.toString());
            }
        }
        return map;
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
