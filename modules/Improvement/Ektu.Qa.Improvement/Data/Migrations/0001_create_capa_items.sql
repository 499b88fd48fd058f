CREATE TABLE imp_capa_items (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  source VARCHAR(100) NOT NULL,
  source_id CHAR(36) NULL,
  problem TEXT NOT NULL,
  root_cause TEXT NULL,
  corrective_action TEXT NOT NULL,
  preventive_action TEXT NULL,
  owner_user_id CHAR(36) NOT NULL,
  deadline DATE NOT NULL,
  check_after_days INT NOT NULL,
  state VARCHAR(30) NOT NULL,
  implemented_on DATE NULL,
  check_due_on DATE NULL,
  effectiveness_note TEXT NULL,
  closed_on DATE NULL,
  reopen_count INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_imp_capa_items_unit ON imp_capa_items (unit_id, state);
CREATE INDEX ix_imp_capa_items_source ON imp_capa_items (source_id);
CREATE INDEX ix_imp_capa_items_owner ON imp_capa_items (owner_user_id);
