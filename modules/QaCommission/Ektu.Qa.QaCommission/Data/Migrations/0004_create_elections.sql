CREATE TABLE qc_elections (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  member_id CHAR(36) NOT NULL,
  member_role VARCHAR(20) NOT NULL,
  electing_body VARCHAR(30) NOT NULL,
  held_on DATE NOT NULL,
  votes_for INT NOT NULL,
  votes_against INT NOT NULL,
  votes_abstain INT NOT NULL,
  is_elected BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_elections_commission FOREIGN KEY (commission_id) REFERENCES qc_commissions (id)
);
CREATE INDEX ix_qc_elections_commission ON qc_elections (commission_id, held_on);
