package org.silverbranch.core.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.UserService;
import org.silverbranch.core.api.model.NewUser;
import org.silverbranch.core.api.model.UserAccount;
import org.silverbranch.core.shell.internal.completers.StreetCodeCompleter;

/** Creates a user with a generated password, printed once, which the user must change at the first login. */
@Service
@Command(scope = "silverbranch", name = "user-add",
        description = "Creates a user; prints a generated password the user must change at the first login")
public class UserAddCommand extends SilverbranchAction {

    @Argument(index = 0, name = "username", description = "letters, digits and . _ @ -", required = true)
    String username;

    @Argument(index = 1, name = "role",
            description = "DISTRICT_ADMIN, STREET_ADMIN, BRANCH_SECRETARY, SPECIALIST, AUDITOR or VIEWER", required = true)
    String role;

    @Option(name = "--street", aliases = "-s", description = "the street of STREET_ADMIN, SPECIALIST and VIEWER")
    @Completion(StreetCodeCompleter.class)
    String streetCode;

    @Option(name = "--branch", aliases = "-b", description = "the branch (organization id) of a BRANCH_SECRETARY")
    Long branchId;

    @Reference
    UserService users;

    @Override
    protected void run() throws CommandException {
        Role r;
        try {
            r = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandException("unknown role " + role);
        }
        String password = Passwords.generate();
        UserAccount created = users.create(shellCaller(), new NewUser(username, password, r, streetCode, branchId));
        System.out.println("Created " + created.username() + " (" + created.role()
                + (created.streetCode() == null ? "" : ", street " + created.streetCode())
                + (created.branchId() == null ? "" : ", branch " + created.branchId()) + ").");
        System.out.println("Password: " + password);
        System.out.println("It must be changed at the first login (POST /api/v1/auth/password); until then every"
                + " other request is refused.");
    }
}
