package org.silverbranch.orglife.meetings.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.Meeting;

/**
 * The audit log's before → after of a meeting's changed fields. Minutes are recorded by length only and absence
 * reasons not at all: both may hold health details (sensitive under the Personal Information Protection Law); the
 * roll as counts and the member ids per status.
 */
final class AuditChanges {

    private AuditChanges() {
    }

    static Map<String, List<String>> of(Meeting before, Meeting after) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        put(changes, "type", before, after, Meeting::type);
        put(changes, "status", before, after, Meeting::status);
        put(changes, "date", before, after, Meeting::date);
        put(changes, "place", before, after, Meeting::place);
        put(changes, "topic", before, after, Meeting::topic);
        put(changes, "hostMemberId", before, after, Meeting::hostMemberId);
        put(changes, "minutes", before, after, m -> m.minutes() == null ? null : m.minutes().length() + " chars");
        put(changes, "attendees", before, after, AuditChanges::roll);
        put(changes, "resolutions", before, after, m -> m.resolutions().stream()
                .map(r -> r.title() + " " + r.votesFor() + "/" + r.votesAgainst() + "/" + r.abstentions())
                .collect(Collectors.joining("; ")));
        return changes;
    }

    private static String roll(Meeting m) {
        StringBuilder text = new StringBuilder();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            List<Long> ids = m.attendees().stream().filter(a -> a.status() == status).map(a -> a.memberId()).toList();
            if (!ids.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(status).append(ids);
            }
        }
        return text.toString();
    }

    private static void put(Map<String, List<String>> changes, String field, Meeting before, Meeting after,
                            Function<Meeting, Object> value) {
        String b = before == null ? null : text(value.apply(before));
        String a = text(value.apply(after));
        if (!Objects.equals(b, a)) {
            changes.put(field, List.of(b == null ? "" : b, a == null ? "" : a));
        }
    }

    private static String text(Object value) {
        String s = value == null ? null : value.toString();
        return s == null || s.isEmpty() ? null : s;
    }
}
