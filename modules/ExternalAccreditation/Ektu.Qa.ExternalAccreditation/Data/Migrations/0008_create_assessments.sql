CREATE TABLE ea_assessments (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  title VARCHAR(500) NOT NULL,
  agency_id CHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  accreditation_id CHAR(36) NOT NULL,
  renewal_of_id CHAR(36) NULL,
  instance_id CHAR(36) NOT NULL,
  state VARCHAR(20) NOT NULL,
  decision VARCHAR(20) NOT NULL,
  started_on DATE NOT NULL,
  closed_on DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_assessments_unit ON ea_assessments (unit_id, started_on);
CREATE UNIQUE INDEX ux_ea_assessments_accreditation ON ea_assessments (accreditation_id);
CREATE TABLE ea_assessment_documents (
  id CHAR(36) NOT NULL PRIMARY KEY,
  assessment_id CHAR(36) NOT NULL,
  step VARCHAR(100) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  storage_path VARCHAR(500) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_assessment_documents_assessment ON ea_assessment_documents (assessment_id, created_at);
