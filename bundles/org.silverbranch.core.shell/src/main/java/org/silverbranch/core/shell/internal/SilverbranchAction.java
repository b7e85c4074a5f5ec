package org.silverbranch.core.shell.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.CommandException;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ServiceException;

/**
 * Base of the {@code silverbranch:*} commands: they call the core services as the platform itself and report a
 * {@link ServiceException} as one red line, {@code Error executing command: STREET_NOT_FOUND 230109999}, instead of
 * a stack trace. It is still a failure: {@code Session.execute} throws, for callers that run commands from code.
 */
abstract class SilverbranchAction implements Action {

    /** District IT at the console acts for the whole district. */
    static final Caller SHELL = Caller.system("shell");

    /**
     * The platform acting for the console user, e.g. {@code system:shell:karaf}, so the audit log names who typed
     * the command; {@link #SHELL} when the session has no user.
     */
    static Caller shellCaller() {
        @SuppressWarnings("removal")
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    return Caller.system("shell:" + p.getName());
                }
            }
        }
        return SHELL;
    }

    @Override
    public final Object execute() throws Exception {
        try {
            run();
            return null;
        } catch (ServiceException e) {
            throw new CommandException(ServiceErrors.oneLine(e));
        }
    }

    /** The command's work; throw a {@link CommandException} for wrong input the service is not asked about. */
    protected abstract void run() throws CommandException;
}
