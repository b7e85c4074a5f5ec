package org.silverbranch.core.api.module;

/** Whether a module's feature is only in the distribution's repository, or installed in this platform. */
public enum ModuleState {
    AVAILABLE, INSTALLED
}
