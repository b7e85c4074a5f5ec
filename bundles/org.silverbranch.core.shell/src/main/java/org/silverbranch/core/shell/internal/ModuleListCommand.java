package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.module.ModuleInfo;
import org.silverbranch.core.api.module.ModuleService;

/** The modules the distribution offers, installed or only available. */
@Service
@Command(scope = "silverbranch", name = "module-list", description = "Lists the service modules, installed or available")
public class ModuleListCommand extends SilverbranchAction {

    @Reference
    ModuleService modules;

    @Override
    protected void run() {
        TextTable table = new TextTable("Module", "State", "Version", "Name", "Feature");
        for (ModuleInfo m : modules.list(SHELL)) {
            table.row(m.id(), m.state(), m.version(), m.nameZh(), m.featureName());
        }
        table.print(System.out);
    }
}
