CREATE TABLE qc_reports (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  academic_year INT NOT NULL,
  report_kind VARCHAR(20) NOT NULL,
  language VARCHAR(5) NOT NULL,
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  docx_checksum CHAR(64) NOT NULL,
  xlsx_checksum CHAR(64) NOT NULL,
  recipients INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_qc_reports_commission ON qc_reports (commission_id, created_at);
