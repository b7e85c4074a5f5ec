package org.silverbranch.orglife.oversight;

/**
 * How close a member is to the Constitution's six months: WARNING from {@code warningMonths} (default 3), CRITICAL
 * from {@code criticalMonths} (default 5), both district settings (PID {@code org.silverbranch.orglife.oversight}).
 */
public enum WatchLevel {
    WARNING, CRITICAL
}
