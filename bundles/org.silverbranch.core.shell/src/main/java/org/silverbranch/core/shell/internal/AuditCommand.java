package org.silverbranch.core.shell.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.silverbranch.core.api.AuditService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.model.AuditEntry;
import org.silverbranch.core.api.model.AuditQuery;

/** The audit log, newest first; sensitive values in it are masked. */
@Service
@Command(scope = "silverbranch", name = "audit", description = "Shows the audit log, newest first, with filters")
public class AuditCommand extends SilverbranchAction {

    @Option(name = "--user", aliases = "-u", description = "only this user's actions")
    String username;

    @Option(name = "--action", aliases = "-a", description = "e.g. MEMBER_UPDATE, UNMASK, LOGIN_FAILURE, MODULE_ENABLE")
    String action;

    @Option(name = "--entity", aliases = "-e", description = "entity type, e.g. member, organization, user, module")
    String entityType;

    @Option(name = "--id", aliases = "-i", description = "entity id, e.g. a member's id or a username")
    String entityId;

    @Option(name = "--street", aliases = "-s", description = "only this street")
    String streetCode;

    @Option(name = "--size", aliases = "-n", description = "at most this many entries (1 to 200, default 20)")
    int size = 20;

    @Reference
    AuditService audit;

    @Override
    protected void run() throws CommandException {
        if (size < 1 || size > AuditQuery.MAX_PAGE_SIZE) {
            throw new CommandException("--size must be between 1 and " + AuditQuery.MAX_PAGE_SIZE);
        }
        Page<AuditEntry> page = audit.search(shellCaller(), new AuditQuery(username, action, entityType, entityId,
                streetCode, null, null, 0, size));
        TextTable table = new TextTable("Id", "Time", "User", "Role", "Action", "Entity", "Street", "Changes")
                .alignRight(0);
        for (AuditEntry e : page.items()) {
            table.row(e.id(), e.at(), e.username(), e.role(), e.action(),
                    e.entityType() == null ? null : e.entityType() + (e.entityId() == null ? "" : " " + e.entityId()),
                    e.streetCode(), changes(e.changes()));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " entries shown.");
    }

    static String changes(Map<String, List<String>> changes) {
        String text = changes.entrySet().stream()
                .map(c -> c.getKey() + "=" + String.join("→", c.getValue().stream().map(String::valueOf).toList()))
                .collect(Collectors.joining("; "));
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
