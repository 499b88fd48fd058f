CREATE TABLE qp_acknowledgements (
  id CHAR(36) NOT NULL PRIMARY KEY,
  document_id CHAR(36) NOT NULL,
  edition_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  user_name VARCHAR(64) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  position VARCHAR(200) NULL,
  due_on DATE NOT NULL,
  acknowledged_at DATETIME(6) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qp_acknowledgements_edition FOREIGN KEY (edition_id) REFERENCES qp_document_editions (id)
);
CREATE UNIQUE INDEX ux_qp_acknowledgements_edition_user ON qp_acknowledgements (edition_id, user_id);
CREATE INDEX ix_qp_acknowledgements_user ON qp_acknowledgements (user_id, acknowledged_at);
CREATE INDEX ix_qp_acknowledgements_due ON qp_acknowledgements (due_on);
