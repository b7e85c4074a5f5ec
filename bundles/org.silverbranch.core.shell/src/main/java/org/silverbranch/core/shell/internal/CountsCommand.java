package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.shell.internal.completers.StreetCodeCompleter;

/** Head counts of the district or of one street. */
@Service
@Command(scope = "silverbranch", name = "counts", description = "Shows head counts of the district, or of one street")
public class CountsCommand extends SilverbranchAction {

    @Argument(index = 0, name = "streetCode", description = "9-digit street code; the whole district when absent")
    @Completion(StreetCodeCompleter.class)
    String streetCode;

    @Reference
    StreetService streets;

    @Override
    protected void run() {
        DistrictCounts c = streets.counts(SHELL, streetCode);
        TextTable table = new TextTable("Figure", "Count").alignRight(1);
        table.row("scope", c.streetCode() == null ? "district" : c.streetCode());
        table.row("streets", c.streets());
        table.row("communities", c.communities());
        table.row("organizations", c.organizations());
        table.row("branches", c.branches());
        table.row("retiree branches", c.retireeBranches());
        table.row("active members", c.activeMembers());
        table.row("full members", c.fullMembers());
        table.row("away members", c.awayMembers());
        table.row("veteran cadres", c.veteranCadres());
        table.print(System.out);
    }
}
