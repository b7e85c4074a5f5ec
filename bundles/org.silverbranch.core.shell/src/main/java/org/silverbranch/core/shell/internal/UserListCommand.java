package org.silverbranch.core.shell.internal;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.UserService;
import org.silverbranch.core.api.model.UserAccount;

/** Lists the platform's users with their role, scope and state. */
@Service
@Command(scope = "silverbranch", name = "user-list", description = "Lists users: role, street, branch, state")
public class UserListCommand extends SilverbranchAction {

    @Reference
    UserService users;

    @Override
    protected void run() {
        TextTable table = new TextTable("Username", "Role", "Street", "Branch", "Enabled", "Must change password",
                "Locked until", "Last login");
        Instant now = Instant.now();
        for (UserAccount u : users.list(shellCaller())) {
            table.row(u.username(), u.role(), u.streetCode(), u.branchId(), u.enabled(), u.passwordChangeRequired(),
                    u.lockedUntil() != null && u.lockedUntil().isAfter(now) ? u.lockedUntil() : null, u.lastLoginAt());
        }
        table.print(System.out);
    }
}
