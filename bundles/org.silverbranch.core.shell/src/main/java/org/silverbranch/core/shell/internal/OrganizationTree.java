package org.silverbranch.core.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;

/**
 * Renders a street's organizations as an indented tree by {@code parentId}, e.g.
 * <pre>
 * 太阳岛街道工委  STREET_COMMITTEE  #1
 * └─ 天鹅湖社区党委  COMMUNITY_COMMITTEE  #2
 *    └─ 天鹅湖社区离退休干部党支部  BRANCH  #3  retiree  members 23 (full 22)  vacancies DEPUTY_SECRETARY
 * </pre>
 * Organizations whose parent is not in the list (another street, or none) are roots. Siblings are ordered by id.
 * Every organization is printed exactly once, even if the data holds a parent cycle.
 */
public final class OrganizationTree {

    private static final Comparator<Organization> BY_ID =
            Comparator.comparing(Organization::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<Long, Organization> byId = new LinkedHashMap<>();
    private final Map<Long, List<Organization>> children = new LinkedHashMap<>();
    private final List<Organization> roots = new ArrayList<>();
    private final List<Organization> all;

    public OrganizationTree(List<Organization> organizations) {
        this.all = organizations.stream().sorted(BY_ID).toList();
        for (Organization o : all) {
            byId.put(o.id(), o);
        }
        for (Organization o : all) {
            if (o.parentId() != null && !o.parentId().equals(o.id()) && byId.containsKey(o.parentId())) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        Set<Long> printed = new LinkedHashSet<>();
        for (Organization root : roots) {
            print(root, "", "", lines, printed);
        }
        // Members of a parent cycle have no root above them; print them rather than hide them.
        for (Organization o : all) {
            if (!printed.contains(o.id())) {
                print(o, "", "", lines, printed);
            }
        }
        return lines;
    }

    private void print(Organization o, String lead, String childLead, List<String> lines, Set<Long> printed) {
        if (!printed.add(o.id())) {
            return;
        }
        lines.add(lead + describe(o));
        List<Organization> kids = children.getOrDefault(o.id(), List.of()).stream()
                .filter(k -> !printed.contains(k.id())).toList();
        for (int i = 0; i < kids.size(); i++) {
            boolean last = i == kids.size() - 1;
            print(kids.get(i), childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "), lines, printed);
        }
    }

    /** One organization's line: name, type, id, then only the facts that apply. */
    static String describe(Organization o) {
        StringBuilder s = new StringBuilder(o.name()).append("  ").append(o.type()).append("  #").append(o.id());
        if (Boolean.TRUE.equals(o.retiree())) {
            s.append("  retiree");
        }
        if (o.status() != null && o.status() != OrganizationStatus.ACTIVE) {
            s.append("  ").append(o.status());
        }
        if (o.memberCount() != null) {
            s.append("  members ").append(o.memberCount());
            if (o.fullMemberCount() != null) {
                s.append(" (full ").append(o.fullMemberCount()).append(')');
            }
        }
        if (o.vacancies() != null && !o.vacancies().isEmpty()) {
            s.append("  vacancies ").append(o.vacancies().stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        return s.toString();
    }
}
