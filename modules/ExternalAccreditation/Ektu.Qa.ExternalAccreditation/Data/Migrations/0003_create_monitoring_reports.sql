CREATE TABLE ea_monitoring_reports (
  id CHAR(36) NOT NULL PRIMARY KEY,
  accreditation_id CHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  title VARCHAR(500) NULL,
  due_on DATE NOT NULL,
  submitted_on DATE NULL,
  note TEXT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_monitoring_reports_accreditation ON ea_monitoring_reports (accreditation_id, due_on);
