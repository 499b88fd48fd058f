CREATE TABLE qc_status_requests (
  id CHAR(36) NOT NULL PRIMARY KEY,
  decision_id CHAR(36) NOT NULL,
  commission_id CHAR(36) NOT NULL,
  quarter_end DATE NOT NULL,
  executor_user_id CHAR(36) NULL,
  executor_unit_id CHAR(36) NULL,
  response VARCHAR(4000) NULL,
  responded_at DATETIME(6) NULL,
  responded_by VARCHAR(256) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_status_requests_decision FOREIGN KEY (decision_id) REFERENCES qc_decisions (id)
);
CREATE UNIQUE INDEX ux_qc_status_requests_quarter ON qc_status_requests (decision_id, quarter_end);
