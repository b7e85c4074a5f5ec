-- Derby: the attachments' bytes in a table of their own (the metadata lists never load them). PostgreSQL has no
-- BLOB type: its V002 (postgresql/) uses BYTEA; the schema component picks the folder by database.
CREATE TABLE ol_meeting_attachment_content (
    attachment_id BIGINT NOT NULL,
    version BIGINT NOT NULL,
    content BLOB(64M) NOT NULL,
    CONSTRAINT pk_ol_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_ol_attachment_content FOREIGN KEY (attachment_id) REFERENCES ol_meeting_attachment (id)
);
