package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.module.ModuleInfo;
import org.silverbranch.core.api.module.ModuleService;

/** Uninstalls a module; its tables and data stay for a later reinstall. */
@Service
@Command(scope = "silverbranch", name = "module-uninstall", description = "Uninstalls a service module; its data stays")
public class ModuleUninstallCommand extends SilverbranchAction {

    @Argument(index = 0, name = "module", description = "module id, e.g. volunteer", required = true)
    String moduleId;

    @Reference
    ModuleService modules;

    @Override
    protected void run() {
        ModuleInfo m = modules.uninstall(shellCaller(), moduleId);
        System.out.println(m.id() + " " + m.state() + " " + m.version());
    }
}
