package org.silverbranch.core.api.module;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;

/**
 * Installed (district IT: the module's feature is in this platform) versus enabled (a street runs it).
 * Unknown module ids answer {@code MODULE_NOT_FOUND} (404).
 */
@ProviderType
public interface ModuleService {

    /** Every module the distribution offers, available or installed, ordered by id. */
    List<ModuleInfo> list(Caller caller);

    ModuleInfo get(Caller caller, String moduleId);

    /** Installs the module's feature into the running platform without refreshing any core bundle. */
    ModuleInfo install(Caller caller, String moduleId);

    /** Uninstalls the module's feature; its tables and data stay for a later reinstall. */
    ModuleInfo uninstall(Caller caller, String moduleId);

    /** The modules a street enabled, installed or not. */
    List<StreetModule> enabledModules(Caller caller, String streetCode);

    /** @throws org.silverbranch.core.api.ServiceException {@code STREET_NOT_FOUND}, {@code MODULE_NOT_FOUND} (404) */
    StreetModule enable(Caller caller, String streetCode, String moduleId);

    void disable(Caller caller, String streetCode, String moduleId);

    /** Whether the street enabled the module; answered from memory, for every module request. */
    boolean isEnabled(String streetCode, String moduleId);
}
