package org.silverbranch.orglife.supervision;

import java.time.LocalDate;

/**
 * One finding of a new inspection, which becomes a rectification task (整改任务).
 *
 * @param description   what is to be put right (required, at most 1000 characters)
 * @param deadline      the date by which it is to be done; not before the inspection date
 *                      ({@code DEADLINE_BEFORE_INSPECTION})
 * @param ownerMemberId the member of the inspected branch responsible for it (an active member of that branch;
 *                      {@code MEMBER_NOT_IN_ORGANIZATION} or {@code MEMBER_NOT_ACTIVE}
 *                      otherwise); the owner's name is then taken from the core
 * @param ownerName     the responsible person by name, when they are not a member of the branch (e.g. a street
 *                      officer); required when {@code ownerMemberId} is null, at most 50 characters
 */
public record FindingInput(String description, LocalDate deadline, Long ownerMemberId, String ownerName) {
}
