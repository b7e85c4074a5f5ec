package org.silverbranch.orglife.meetings;

/**
 * One member on a meeting's roll. In requests {@code memberName} is ignored.
 *
 * @param memberId   a member of the organization (of a general branch: also of its branches; of a group: of the
 *                   group's branch)
 * @param memberName the member's name when recorded (answer only)
 * @param status     PRESENT, ABSENT or REMOTE
 * @param reason     why the member was absent; required for ABSENT, at most 200 characters
 *                   (answered in full only to callers who may write the meeting, {@code ******} to readers)
 */
public record Attendee(Long memberId, String memberName, AttendanceStatus status, String reason) {
}
