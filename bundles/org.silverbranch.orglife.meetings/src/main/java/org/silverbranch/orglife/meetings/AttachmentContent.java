package org.silverbranch.orglife.meetings;

/** An attachment with its bytes, for a download. */
public record AttachmentContent(Attachment attachment, byte[] content) {
}
