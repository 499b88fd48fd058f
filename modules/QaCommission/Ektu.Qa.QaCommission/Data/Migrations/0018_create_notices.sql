CREATE TABLE qc_notices (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  recipient_user_id CHAR(36) NOT NULL,
  notice_kind VARCHAR(40) NOT NULL,
  subject_text VARCHAR(1000) NOT NULL,
  link VARCHAR(400) NULL,
  created_at DATETIME(6) NOT NULL,
  read_at DATETIME(6) NULL
);
CREATE INDEX ix_qc_notices_recipient ON qc_notices (recipient_user_id, read_at);
