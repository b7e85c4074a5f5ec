package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Street;

/** Lists the district's streets (街道) and towns (镇). */
@Service
@Command(scope = "silverbranch", name = "streets", description = "Lists the streets and towns of the district")
public class StreetsCommand extends SilverbranchAction {

    @Reference
    StreetService streets;

    @Override
    protected void run() {
        TextTable table = new TextTable("Code", "Name", "Kind", "Communities").alignRight(3);
        for (Street street : streets.list(SHELL)) {
            table.row(street.code(), street.name(), street.kind(), street.communityCount());
        }
        table.print(System.out);
    }
}
