CREATE TABLE k_mail_outbox (
  id CHAR(36) NOT NULL PRIMARY KEY,
  to_addresses LONGTEXT NOT NULL,
  subject VARCHAR(500) NOT NULL,
  html_body LONGTEXT NOT NULL,
  text_body LONGTEXT NULL,
  status VARCHAR(20) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL,
  last_error LONGTEXT NULL,
  sent_at DATETIME(6) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_k_mail_outbox_due ON k_mail_outbox (status, next_attempt_at);
