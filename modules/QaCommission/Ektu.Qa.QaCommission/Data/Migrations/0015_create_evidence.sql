CREATE TABLE qc_evidence (
  id CHAR(36) NOT NULL PRIMARY KEY,
  decision_id CHAR(36) NOT NULL,
  note VARCHAR(4000) NULL,
  file_name VARCHAR(255) NULL,
  content_type VARCHAR(100) NULL,
  sha256 CHAR(64) NULL,
  storage_path VARCHAR(400) NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_evidence_decision FOREIGN KEY (decision_id) REFERENCES qc_decisions (id)
);
CREATE INDEX ix_qc_evidence_decision ON qc_evidence (decision_id);
