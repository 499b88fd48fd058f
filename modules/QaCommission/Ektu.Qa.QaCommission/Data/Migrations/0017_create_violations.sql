CREATE TABLE qc_violations (
  id CHAR(36) NOT NULL PRIMARY KEY,
  decision_id CHAR(36) NOT NULL,
  commission_id CHAR(36) NOT NULL,
  executor_key VARCHAR(80) NOT NULL,
  violation_kind VARCHAR(20) NOT NULL,
  ladder_step VARCHAR(30) NOT NULL,
  occurrence INT NOT NULL,
  note VARCHAR(2000) NULL,
  inquiry_order_number VARCHAR(50) NULL,
  inquiry_order_date DATE NULL,
  inquiry_recorded_by VARCHAR(256) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_violations_decision FOREIGN KEY (decision_id) REFERENCES qc_decisions (id)
);
CREATE INDEX ix_qc_violations_executor ON qc_violations (commission_id, executor_key);
CREATE INDEX ix_qc_violations_decision ON qc_violations (decision_id, violation_kind);
