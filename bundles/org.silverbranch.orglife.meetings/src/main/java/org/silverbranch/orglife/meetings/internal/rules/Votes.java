package org.silverbranch.orglife.meetings.internal.rules;

/**
 * The voting rule of a resolution (documented on {@code Resolution}): the votes cast cannot exceed the members
 * taking part (PRESENT + REMOTE), and a resolution passes when the votes for are more than half of them.
 */
public final class Votes {

    private Votes() {
    }

    /** Whether the votes cast fit the members taking part. */
    public static boolean fit(int votesFor, int votesAgainst, int abstentions, int participants) {
        return (long) votesFor + votesAgainst + abstentions <= participants;
    }

    /** More than half of the members taking part voted for it (half exactly is not a majority). */
    public static boolean passed(int votesFor, int participants) {
        return participants > 0 && 2L * votesFor > participants;
    }
}
