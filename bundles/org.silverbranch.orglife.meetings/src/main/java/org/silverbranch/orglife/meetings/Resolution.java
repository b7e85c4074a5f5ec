package org.silverbranch.orglife.meetings;

/**
 * A decision of a held meeting with its recorded vote, so decisions are collective (民主集中制), not one person's.
 * In requests {@code passed} is ignored.
 * <p>
 * Rule (documented simplification of the Branch Work Regulations 2018, art. on voting): the votes cast
 * (for + against + abstain) cannot exceed the members taking part (PRESENT + REMOTE); a resolution passes when the
 * votes for are more than half of the members taking part. The Regulations count full members entitled to vote;
 * voting rights are not recorded per attendee, so the stricter denominator of everyone taking part is used.
 *
 * @param title        what was decided, at most 500 characters
 * @param votesFor     赞成, ≥ 0
 * @param votesAgainst 反对, ≥ 0
 * @param abstentions  弃权, ≥ 0
 * @param passed       whether it passed (answer only)
 */
public record Resolution(String title, Integer votesFor, Integer votesAgainst, Integer abstentions, Boolean passed) {
}
