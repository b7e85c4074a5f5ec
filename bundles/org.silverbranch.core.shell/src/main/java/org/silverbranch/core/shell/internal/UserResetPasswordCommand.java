package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.UserService;

/** Gives a user a new generated password, which they must change at the next login; unlocks and logs them out. */
@Service
@Command(scope = "silverbranch", name = "user-reset-password",
        description = "Sets a generated password the user must change at the next login; unlocks the user")
public class UserResetPasswordCommand extends SilverbranchAction {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Reference
    UserService users;

    @Override
    protected void run() {
        String password = Passwords.generate();
        users.resetPassword(shellCaller(), username, password);
        System.out.println("New password of " + username + ": " + password);
        System.out.println("It must be changed at the next login.");
    }
}
