CREATE TABLE qc_members (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  member_role VARCHAR(20) NOT NULL,
  member_kind VARCHAR(30) NOT NULL,
  department_unit_id CHAR(36) NULL,
  term_start DATE NOT NULL,
  term_end DATE NOT NULL,
  ended_on DATE NULL,
  role_term_end DATE NULL,
  years_in_higher_education INT NOT NULL,
  has_programme_experience BOOLEAN NOT NULL,
  pd_completed_on DATE NULL,
  criteria_evidence VARCHAR(2000) NULL,
  criteria_override_reason VARCHAR(1000) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_members_commission FOREIGN KEY (commission_id) REFERENCES qc_commissions (id)
);
CREATE INDEX ix_qc_members_commission ON qc_members (commission_id);
CREATE INDEX ix_qc_members_user ON qc_members (user_id);
