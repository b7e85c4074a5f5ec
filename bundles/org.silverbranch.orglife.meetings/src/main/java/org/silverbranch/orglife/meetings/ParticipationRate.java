package org.silverbranch.orglife.meetings;

/**
 * Participation in held meetings of a branch, street or the district over a period.
 *
 * @param key         the branch id, the street code, or {@code district}
 * @param meetings    held meetings in the period
 * @param expected    expected attendances: the sum of the meetings' {@link Meeting#expectedAttendees()}
 * @param present     PRESENT attendances
 * @param remote      REMOTE attendances (count as participation)
 * @param absent      ABSENT attendances recorded
 * @param ratePercent (present + remote) / expected × 100, one decimal; null when nothing was expected
 */
public record ParticipationRate(String key, String period, long meetings, long expected, long present, long remote,
                                long absent, Double ratePercent) {
}
