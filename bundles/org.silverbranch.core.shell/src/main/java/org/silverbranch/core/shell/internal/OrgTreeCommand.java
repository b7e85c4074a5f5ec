package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.shell.internal.completers.StreetCodeCompleter;

/** Prints a street's Party organizations as a tree, with member counts and leadership vacancies. */
@Service
@Command(scope = "silverbranch", name = "org-tree",
        description = "Shows a street's Party organizations as a tree with member counts and vacancies")
public class OrgTreeCommand extends SilverbranchAction {

    @Argument(index = 0, name = "streetCode", description = "9-digit street code", required = true)
    @Completion(StreetCodeCompleter.class)
    String streetCode;

    @Reference
    StreetService streets;

    @Reference
    OrganizationService organizations;

    @Override
    protected void run() {
        Street street = streets.get(SHELL, streetCode);
        System.out.println(street.name() + " (" + street.code() + ")");
        OrganizationTree tree = new OrganizationTree(organizations.list(SHELL, streetCode, null, null));
        tree.lines().forEach(System.out::println);
    }
}
