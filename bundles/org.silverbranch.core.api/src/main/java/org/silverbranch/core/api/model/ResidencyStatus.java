package org.silverbranch.core.api.model;

/** Where a member lives now: at home,  away for the season (候鸟),  or away long term (流动党员). */
public enum ResidencyStatus {
    RESIDENT, AWAY_SEASONAL, AWAY_LONG_TERM
}
