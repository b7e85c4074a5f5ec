package org.silverbranch.core.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.shell.internal.completers.StreetCodeCompleter;

/** Switches a module on for one street. */
@Service
@Command(scope = "silverbranch", name = "module-enable", description = "Switches a service module on for a street")
public class ModuleEnableCommand extends SilverbranchAction {

    @Argument(index = 0, name = "streetCode", description = "9-digit street code", required = true)
    @Completion(StreetCodeCompleter.class)
    String streetCode;

    @Argument(index = 1, name = "module", description = "module id, e.g. volunteer", required = true)
    String moduleId;

    @Reference
    ModuleService modules;

    @Override
    protected void run() {
        modules.enable(shellCaller(), streetCode, moduleId);
        System.out.println(moduleId + " enabled for " + streetCode);
    }
}
