CREATE TABLE qp_document_changes (
  id CHAR(36) NOT NULL PRIMARY KEY,
  document_id CHAR(36) NOT NULL,
  change_number INT NOT NULL,
  pages VARCHAR(200) NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  registered_by VARCHAR(256) NOT NULL,
  registered_on DATE NOT NULL,
  changed_on DATE NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qp_document_changes_document FOREIGN KEY (document_id) REFERENCES qp_documents (id)
);
CREATE UNIQUE INDEX ux_qp_document_changes_number ON qp_document_changes (document_id, change_number);
