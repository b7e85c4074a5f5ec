package org.silverbranch.core.shell.internal.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Street;

/** Completes 9-digit street codes, showing each street's name beside its code. */
@Service
public class StreetCodeCompleter implements Completer {

    private static final Caller SHELL = Caller.system("shell");

    @Reference
    StreetService streets;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes = streets.list(SHELL).stream().map(Street::code).toList();
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        for (Street street : streets.list(SHELL)) {
            candidates.add(new Candidate(street.code(), street.code(), null, street.name(), null, null, true));
        }
    }
}
