package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.UserService;

/** Ends a lockout after failed logins. */
@Service
@Command(scope = "silverbranch", name = "user-unlock", description = "Ends a user's lockout after failed logins")
public class UserUnlockCommand extends SilverbranchAction {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Reference
    UserService users;

    @Override
    protected void run() {
        users.unlock(shellCaller(), username);
        System.out.println(username + " unlocked.");
    }
}
