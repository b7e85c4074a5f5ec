package org.silverbranch.orglife.meetings;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.ServiceException;

/**
 * Meetings of Party organizations (a branch, mostly a retiree branch; a general branch; a Party group). Reads and
 * writes follow {@link org.silverbranch.orglife.api.BranchScope} on the meeting's {@link Meeting#branchId()}: another
 * street's meeting or organization is not found (404); a visible one the caller may not change is 403. Every write
 * is one transaction (nothing half-written on bad input) and is audited.
 */
@ProviderType
public interface MeetingService {

    /** @throws ServiceException {@code ORGANIZATION_NOT_FOUND} (404), {@code VALIDATION_FAILED} for a bad page size */
    Page<MeetingSummary> list(Caller caller, long organizationId, MeetingQuery query);

    /** @throws ServiceException {@code MEETING_NOT_FOUND} (404) */
    Meeting get(Caller caller, long meetingId);

    /**
     * @throws ServiceException {@code VALIDATION_FAILED} (400) with a problem per wrong field, e.g.
     *                          {@code attendees[2].memberId: MEMBER_NOT_IN_ORGANIZATION},
     *                          {@code resolutions[0]: VOTES_EXCEED_PARTICIPANTS}, {@code date: DATE_IN_FUTURE};
     *                          {@code NOT_A_MEETING_ORGANIZATION} (400) for a street or community committee,
     *                          {@code ORGANIZATION_NOT_ACTIVE} (400) for a merged or dissolved one
     */
    Meeting create(Caller caller, long organizationId, MeetingInput meeting);

    /** @throws ServiceException as {@link #create}, and {@code STALE_VERSION} (409) */
    Meeting update(Caller caller, long meetingId, MeetingInput meeting);

    /**
     * Keeps a file with the meeting.
     *
     * @param declaredType the Content-Type the client sent; must agree with the content when it names a supported type
     * @throws ServiceException {@code ATTACHMENT_TOO_LARGE} (413), {@code ATTACHMENT_TYPE_NOT_ALLOWED} (400),
     *                          {@code ATTACHMENT_EMPTY} (400), {@code VALIDATION_FAILED} for a bad file name
     */
    Attachment addAttachment(Caller caller, long meetingId, String fileName, String declaredType, byte[] content);

    /** @throws ServiceException {@code MEETING_NOT_FOUND}, {@code ATTACHMENT_NOT_FOUND} (404) */
    AttachmentContent attachment(Caller caller, long meetingId, long attachmentId);
}
