CREATE TABLE qc_monitoring_events (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  programme VARCHAR(300) NOT NULL,
  course VARCHAR(300) NULL,
  title VARCHAR(1000) NOT NULL,
  responsible VARCHAR(300) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_monitoring_events_commission FOREIGN KEY (commission_id) REFERENCES qc_commissions (id)
);
CREATE INDEX ix_qc_monitoring_events_commission ON qc_monitoring_events (commission_id, starts_on);
