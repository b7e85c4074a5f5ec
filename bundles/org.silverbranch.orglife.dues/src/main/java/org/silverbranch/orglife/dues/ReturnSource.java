package org.silverbranch.orglife.dues;

/** Who returned part of the collected dues to a branch (党费返还): the street (街工委) or the district (区委组织部). */
public enum ReturnSource {
    STREET, DISTRICT
}
