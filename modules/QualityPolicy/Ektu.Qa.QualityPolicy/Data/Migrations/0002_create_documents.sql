CREATE TABLE qp_documents (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  doc_type VARCHAR(40) NOT NULL,
  title_kk VARCHAR(500) NOT NULL,
  title_ru VARCHAR(500) NOT NULL,
  title_en VARCHAR(500) NOT NULL,
  owner_unit_id CHAR(36) NOT NULL,
  scope_unit_id CHAR(36) NOT NULL,
  state VARCHAR(20) NOT NULL,
  is_published BOOLEAN NOT NULL,
  approved_on DATE NULL,
  approving_body VARCHAR(200) NULL,
  decision_number VARCHAR(50) NULL,
  in_force_on DATE NULL,
  review_due_on DATE NULL,
  current_edition INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_qp_documents_code ON qp_documents (code);
CREATE INDEX ix_qp_documents_owner_unit ON qp_documents (owner_unit_id);
CREATE INDEX ix_qp_documents_state_review ON qp_documents (state, review_due_on);
