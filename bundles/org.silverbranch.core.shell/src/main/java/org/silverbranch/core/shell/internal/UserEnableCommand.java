package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.UserService;
import org.silverbranch.core.api.model.UserAccount;
import org.silverbranch.core.api.model.UserUpdate;

/** Enables a user, or disables one (users are never deleted); a disabled user's sessions end at once. */
@Service
@Command(scope = "silverbranch", name = "user-enable",
        description = "Enables a user, or with --disable disables one; a disabled user's sessions end at once")
public class UserEnableCommand extends SilverbranchAction {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--disable", aliases = "-d", description = "disable instead of enable")
    boolean disable;

    @Reference
    UserService users;

    @Override
    protected void run() {
        UserAccount u = users.get(shellCaller(), username);
        users.update(shellCaller(), username,
                new UserUpdate(u.role(), u.streetCode(), u.branchId(), !disable, u.version()));
        System.out.println(username + (disable ? " disabled." : " enabled."));
    }
}
