CREATE TABLE k_mail_attachments (
  id CHAR(36) NOT NULL PRIMARY KEY,
  mail_id CHAR(36) NOT NULL,
  position INT NOT NULL,
  file_name VARCHAR(260) NOT NULL,
  content_type VARCHAR(200) NOT NULL,
  content LONGBLOB NULL,
  file_path VARCHAR(1000) NULL
);
CREATE INDEX ix_k_mail_attachments_mail ON k_mail_attachments (mail_id, position);
