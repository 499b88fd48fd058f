CREATE TABLE ea_sa_standards (
  id CHAR(36) NOT NULL PRIMARY KEY,
  agency_id CHAR(36) NOT NULL,
  code VARCHAR(30) NOT NULL,
  title_kk VARCHAR(500) NOT NULL,
  title_ru VARCHAR(500) NOT NULL,
  title_en VARCHAR(500) NOT NULL,
  esg_standard INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_ea_sa_standards_code ON ea_sa_standards (agency_id, code);
CREATE TABLE ea_sa_criteria (
  id CHAR(36) NOT NULL PRIMARY KEY,
  standard_id CHAR(36) NOT NULL,
  code VARCHAR(30) NOT NULL,
  title_kk VARCHAR(1000) NOT NULL,
  title_ru VARCHAR(1000) NOT NULL,
  title_en VARCHAR(1000) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_ea_sa_criteria_code ON ea_sa_criteria (standard_id, code);
CREATE TABLE ea_self_assessments (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  agency_id CHAR(36) NOT NULL,
  programme_id CHAR(36) NULL,
  title VARCHAR(500) NOT NULL,
  period VARCHAR(50) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_self_assessments_unit ON ea_self_assessments (unit_id);
CREATE TABLE ea_sa_narratives (
  id CHAR(36) NOT NULL PRIMARY KEY,
  self_assessment_id CHAR(36) NOT NULL,
  criterion_id CHAR(36) NOT NULL,
  text_kk TEXT NULL,
  text_ru TEXT NULL,
  text_en TEXT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_ea_sa_narratives_criterion ON ea_sa_narratives (self_assessment_id, criterion_id);
CREATE TABLE ea_sa_evidence_links (
  id CHAR(36) NOT NULL PRIMARY KEY,
  self_assessment_id CHAR(36) NOT NULL,
  criterion_id CHAR(36) NOT NULL,
  evidence_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_ea_sa_evidence_links ON ea_sa_evidence_links (self_assessment_id, criterion_id, evidence_id);
CREATE INDEX ix_ea_sa_evidence_links_evidence ON ea_sa_evidence_links (evidence_id);
CREATE INDEX ix_ea_evidence_documents_standard_date ON ea_evidence_documents (esg_standard, document_date);
CREATE INDEX ix_ea_evidence_documents_date ON ea_evidence_documents (document_date);
