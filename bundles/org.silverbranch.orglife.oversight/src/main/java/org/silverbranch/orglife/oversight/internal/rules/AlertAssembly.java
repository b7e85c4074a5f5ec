package org.silverbranch.orglife.oversight.internal.rules;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.silverbranch.orglife.oversight.HealthAlerts;
import org.silverbranch.orglife.oversight.RectificationAlerts;
import org.silverbranch.orglife.oversight.ReturnAlerts;
import org.silverbranch.orglife.supervision.AwayMember;
import org.silverbranch.orglife.supervision.BranchHealth;
import org.silverbranch.orglife.supervision.HealthRule;
import org.silverbranch.orglife.supervision.HealthSuggestion;
import org.silverbranch.orglife.supervision.Rectification;
import org.silverbranch.orglife.supervision.RectificationStatus;

/** The alerts' sections with their counts, from the supervision bundle's lists. */
public final class AlertAssembly {

    private AlertAssembly() {
    }

    /** Only branches with a suggestion are kept (a list of every branch may be given). */
    public static HealthAlerts health(List<BranchHealth> branches) {
        List<BranchHealth> withSuggestions = branches.stream().filter(b -> !b.suggestions().isEmpty()).toList();
        Map<HealthRule, Integer> byRule = new EnumMap<>(HealthRule.class);
        for (HealthRule rule : HealthRule.values()) {
            byRule.put(rule, 0);
        }
        int suggestions = 0;
        for (BranchHealth b : withSuggestions) {
            for (HealthSuggestion s : b.suggestions()) {
                byRule.merge(s.rule(), 1, Integer::sum);
                suggestions++;
            }
        }
        return new HealthAlerts(withSuggestions.size(), suggestions, byRule, withSuggestions);
    }

    /** Away members as given (the street's returns due); {@code overdue} counts those past their expected return. */
    public static ReturnAlerts returns(List<AwayMember> due) {
        return new ReturnAlerts(due.size(), (int) due.stream().filter(AwayMember::overdue).count(), due);
    }

    /**
     * A branch's away members due back: expected in {@code month} or earlier (still recorded away), the street list's
     * rule ({@code SeasonalService.returnsDue}); unknown returns are not due.
     */
    public static ReturnAlerts returnsOfBranch(List<AwayMember> away, YearMonth month) {
        return returns(away.stream()
                .filter(a -> a.expectedReturn() != null && !YearMonth.from(a.expectedReturn()).isAfter(month))
                .collect(Collectors.toList()));
    }

    /** Only OPEN tasks past their deadline are kept (a list of every task may be given), in the order given. */
    public static RectificationAlerts overdue(List<Rectification> tasks) {
        List<Rectification> overdue = tasks.stream()
                .filter(t -> t.status() == RectificationStatus.OPEN && t.overdue()).toList();
        Set<Long> branches = new HashSet<>();
        long max = 0;
        for (Rectification t : overdue) {
            branches.add(t.organizationId());
            max = Math.max(max, t.daysOverdue());
        }
        return new RectificationAlerts(overdue.size(), branches.size(), max, overdue);
    }
}
