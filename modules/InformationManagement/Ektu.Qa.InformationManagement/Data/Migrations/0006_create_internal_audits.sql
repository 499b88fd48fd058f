CREATE TABLE im_audits (
  id CHAR(36) NOT NULL PRIMARY KEY,
  plan_year INT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  title VARCHAR(300) NOT NULL,
  criteria VARCHAR(2000) NULL,
  unit_id CHAR(36) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  lead_auditor_id CHAR(36) NOT NULL,
  state VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_audits_year ON im_audits (plan_year);
CREATE INDEX ix_im_audits_unit ON im_audits (unit_id);
CREATE TABLE im_audit_team (
  audit_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (audit_id, user_id)
);
CREATE TABLE im_audit_questions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  audit_id CHAR(36) NOT NULL,
  seq INT NOT NULL,
  question VARCHAR(2000) NOT NULL,
  answer VARCHAR(2000) NULL,
  evidence VARCHAR(2000) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_audit_questions_audit ON im_audit_questions (audit_id);
CREATE TABLE im_audit_findings (
  id CHAR(36) NOT NULL PRIMARY KEY,
  audit_id CHAR(36) NOT NULL,
  seq INT NOT NULL,
  class VARCHAR(20) NOT NULL,
  text VARCHAR(2000) NOT NULL,
  requirement VARCHAR(300) NULL,
  capa_item_id CHAR(36) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_audit_findings_audit ON im_audit_findings (audit_id);
