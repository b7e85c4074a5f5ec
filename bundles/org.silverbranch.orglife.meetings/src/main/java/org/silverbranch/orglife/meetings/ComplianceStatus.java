package org.silverbranch.orglife.meetings;

/**
 * MET: every slot of the period has a held meeting. MISSED: a slot that is over has none. DUE: nothing missed, but a
 * slot not over yet has no held meeting so far. Overall status of a branch: MISSED when any requirement is
 * MISSED, else DUE when any is DUE, else MET.
 */
public enum ComplianceStatus {
    MET, MISSED, DUE
}
