CREATE TABLE pm_approvals (
  id CHAR(36) NOT NULL PRIMARY KEY,
  programme_id CHAR(36) NOT NULL,
  version_number INT NULL,
  register_kind VARCHAR(20) NULL,
  instance_id CHAR(36) NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  comment VARCHAR(2000) NULL,
  new_number INT NULL,
  submitted_by VARCHAR(256) NOT NULL,
  submitted_at DATETIME(6) NOT NULL,
  decided_by VARCHAR(256) NULL,
  decided_at DATETIME(6) NULL,
  CONSTRAINT fk_pm_approvals_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
CREATE INDEX ix_pm_approvals_programme ON pm_approvals (programme_id, outcome);
