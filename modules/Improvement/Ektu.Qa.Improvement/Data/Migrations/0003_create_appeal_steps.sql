CREATE TABLE imp_appeal_steps (
  id CHAR(36) NOT NULL PRIMARY KEY,
  appeal_id CHAR(36) NOT NULL,
  level VARCHAR(20) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  assigned_on DATE NOT NULL,
  due_on DATE NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  note TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_imp_appeal_steps_appeal FOREIGN KEY (appeal_id) REFERENCES imp_appeals (id)
);
CREATE INDEX ix_imp_appeal_steps_appeal ON imp_appeal_steps (appeal_id, assigned_on);
