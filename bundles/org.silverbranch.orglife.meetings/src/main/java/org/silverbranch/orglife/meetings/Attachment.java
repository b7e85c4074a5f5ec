package org.silverbranch.orglife.meetings;

import java.time.Instant;

/**
 * A file kept with a meeting (minutes scan, photo, sign-in sheet): PDF, JPEG, PNG, DOCX or XLSX, recognised by its
 * content, at most the district's size limit. The content is stored in the database so backups keep it.
 *
 * @param contentType the type recognised from the content, e.g. {@code application/pdf}
 * @param sizeBytes   the content's size
 * @param uploadedBy  the user who uploaded it
 */
public record Attachment(Long id, Long meetingId, String fileName, String contentType, long sizeBytes,
                         Instant uploadedAt, String uploadedBy) {
}
