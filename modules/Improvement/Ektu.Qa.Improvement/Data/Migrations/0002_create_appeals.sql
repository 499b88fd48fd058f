CREATE TABLE imp_appeals (
  id CHAR(36) NOT NULL PRIMARY KEY,
  applicant_kind VARCHAR(20) NOT NULL,
  applicant_user_id CHAR(36) NULL,
  applicant_name VARCHAR(300) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  formality VARCHAR(20) NOT NULL,
  subject VARCHAR(500) NOT NULL,
  body TEXT NOT NULL,
  unit_id CHAR(36) NOT NULL,
  level VARCHAR(20) NOT NULL,
  state VARCHAR(20) NOT NULL,
  received_on DATE NOT NULL,
  due_on DATE NOT NULL,
  escalations INT NOT NULL,
  resolution TEXT NULL,
  resolved_on DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_imp_appeals_unit ON imp_appeals (unit_id, state);
CREATE INDEX ix_imp_appeals_received ON imp_appeals (received_on);
CREATE INDEX ix_imp_appeals_applicant ON imp_appeals (applicant_user_id);
