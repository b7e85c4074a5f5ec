package org.silverbranch.module.venue.internal.model;

/**
 * Who a booking is for: a core member, a core Party branch, or a volunteer team of the volunteer module (by its
 * id; this module does not reach into another module, so the team's name is the one the staff give).
 */
public enum BookerType {
    MEMBER, BRANCH, TEAM
}
