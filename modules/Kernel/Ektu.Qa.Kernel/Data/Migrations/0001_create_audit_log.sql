CREATE TABLE k_audit_log (
  id CHAR(36) NOT NULL PRIMARY KEY,
  occurred_at DATETIME(6) NOT NULL,
  user_id CHAR(36) NULL,
  user_name VARCHAR(256) NOT NULL,
  module VARCHAR(100) NOT NULL,
  entity VARCHAR(100) NOT NULL,
  entity_id CHAR(36) NOT NULL,
  action VARCHAR(100) NOT NULL,
  changes LONGTEXT NULL,
  correlation_id VARCHAR(64) NOT NULL
);
CREATE INDEX ix_k_audit_log_occurred ON k_audit_log (occurred_at);
CREATE INDEX ix_k_audit_log_entity ON k_audit_log (entity_id, occurred_at);
CREATE INDEX ix_k_audit_log_user ON k_audit_log (user_name, occurred_at);
