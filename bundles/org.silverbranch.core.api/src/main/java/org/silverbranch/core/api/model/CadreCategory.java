package org.silverbranch.core.api.model;

/** 离休干部 (VETERAN,  joined the revolution before 1949-10-01) or 退休干部 (RETIRED). */
public enum CadreCategory {
    VETERAN, RETIRED
}
