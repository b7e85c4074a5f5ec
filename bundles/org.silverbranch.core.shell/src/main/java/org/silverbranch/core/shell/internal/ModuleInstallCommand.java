package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.module.ModuleInfo;
import org.silverbranch.core.api.module.ModuleService;

/** Installs a module's feature into the running platform; no core bundle is refreshed. */
@Service
@Command(scope = "silverbranch", name = "module-install", description = "Installs a service module into the running platform")
public class ModuleInstallCommand extends SilverbranchAction {

    @Argument(index = 0, name = "module", description = "module id, e.g. volunteer", required = true)
    String moduleId;

    @Reference
    ModuleService modules;

    @Override
    protected void run() {
        ModuleInfo m = modules.install(shellCaller(), moduleId);
        System.out.println(m.id() + " " + m.state() + " " + m.version());
    }
}
