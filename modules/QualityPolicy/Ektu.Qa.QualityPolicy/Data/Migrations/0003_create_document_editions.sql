CREATE TABLE qp_document_editions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  document_id CHAR(36) NOT NULL,
  edition_number INT NOT NULL,
  state VARCHAR(20) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  storage_path VARCHAR(300) NOT NULL,
  approved_on DATE NULL,
  approving_body VARCHAR(200) NULL,
  decision_number VARCHAR(50) NULL,
  in_force_on DATE NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qp_document_editions_document FOREIGN KEY (document_id) REFERENCES qp_documents (id)
);
CREATE UNIQUE INDEX ux_qp_document_editions_number ON qp_document_editions (document_id, edition_number);
