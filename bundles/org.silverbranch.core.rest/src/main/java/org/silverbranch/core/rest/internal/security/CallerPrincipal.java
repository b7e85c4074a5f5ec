package org.silverbranch.core.rest.internal.security;

import java.security.Principal;
import java.util.Objects;

import org.silverbranch.core.api.Caller;

/** The principal of an authenticated request; carries the {@link Caller} the services expect. */
public final class CallerPrincipal implements Principal {

    private final Caller caller;

    public CallerPrincipal(Caller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }

    @Override
    public String toString() {
        return "CallerPrincipal[" + caller.username() + ", " + caller.role() + "]";
    }
}
