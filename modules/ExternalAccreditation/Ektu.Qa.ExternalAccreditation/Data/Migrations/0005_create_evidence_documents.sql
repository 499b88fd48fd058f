CREATE TABLE ea_evidence_documents (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  title VARCHAR(500) NOT NULL,
  esg_standard INT NOT NULL,
  programme VARCHAR(300) NULL,
  period VARCHAR(50) NOT NULL,
  document_date DATE NOT NULL,
  location VARCHAR(1000) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_evidence_documents_unit ON ea_evidence_documents (unit_id, esg_standard);
