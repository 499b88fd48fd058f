CREATE TABLE qc_decisions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  meeting_id CHAR(36) NOT NULL,
  agenda_item_id CHAR(36) NULL,
  seq INT NOT NULL,
  text VARCHAR(4000) NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  votes_for INT NOT NULL,
  votes_against INT NOT NULL,
  votes_abstain INT NOT NULL,
  executor_user_id CHAR(36) NULL,
  executor_unit_id CHAR(36) NULL,
  deadline DATE NULL,
  report_form VARCHAR(500) NULL,
  execution_status VARCHAR(20) NOT NULL,
  execution_note TEXT NULL,
  executed_on DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_decisions_meeting FOREIGN KEY (meeting_id) REFERENCES qc_meetings (id)
);
CREATE INDEX ix_qc_decisions_meeting ON qc_decisions (meeting_id, seq);
CREATE INDEX ix_qc_decisions_register ON qc_decisions (commission_id, outcome, execution_status, deadline);
