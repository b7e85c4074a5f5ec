-- PostgreSQL: the attachments' bytes in a table of their own (the metadata lists never load them), as BYTEA (no
-- BLOB type; Derby's V002 in derby/ uses BLOB). Kept by pg_dump with the rest of the data.
CREATE TABLE ol_meeting_attachment_content (
    attachment_id BIGINT NOT NULL,
    version BIGINT NOT NULL,
    content BYTEA NOT NULL,
    CONSTRAINT pk_ol_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_ol_attachment_content FOREIGN KEY (attachment_id) REFERENCES ol_meeting_attachment (id)
);
