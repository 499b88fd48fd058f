CREATE TABLE qc_votes (
  decision_id CHAR(36) NOT NULL,
  member_id CHAR(36) NOT NULL,
  choice VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  PRIMARY KEY (decision_id, member_id),
  CONSTRAINT fk_qc_votes_decision FOREIGN KEY (decision_id) REFERENCES qc_decisions (id)
);
