CREATE TABLE qc_work_plans (
  id CHAR(36) NOT NULL PRIMARY KEY,
  commission_id CHAR(36) NOT NULL,
  academic_year INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  approval_instance_id CHAR(36) NULL,
  approved_on DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_work_plans_commission FOREIGN KEY (commission_id) REFERENCES qc_commissions (id)
);
CREATE UNIQUE INDEX ux_qc_work_plans_year ON qc_work_plans (commission_id, academic_year);
