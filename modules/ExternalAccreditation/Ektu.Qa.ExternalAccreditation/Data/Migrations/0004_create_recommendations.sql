CREATE TABLE ea_recommendations (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  expert_kind VARCHAR(20) NOT NULL,
  expert_body VARCHAR(300) NOT NULL,
  programme VARCHAR(300) NULL,
  body TEXT NOT NULL,
  received_on DATE NOT NULL,
  responsible VARCHAR(300) NOT NULL,
  deadline DATE NULL,
  status VARCHAR(20) NOT NULL,
  execution_note TEXT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_recommendations_unit ON ea_recommendations (unit_id, status);
