package org.silverbranch.orglife.meetings.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** The bytes of an attachment, in a table of their own (BLOB on Derby, BYTEA on PostgreSQL). */
@Entity
@Table(name = "ol_meeting_attachment_content")
public class AttachmentContentEntity {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;
    @Version
    private long version;
    @Lob
    private byte[] content;

    public Long getAttachmentId() { return attachmentId; }
    public void setAttachmentId(Long attachmentId) { this.attachmentId = attachmentId; }
    public long getVersion() { return version; }
    public byte[] getContent() { return content; }
    public void setContent(byte[] content) { this.content = content; }
}
