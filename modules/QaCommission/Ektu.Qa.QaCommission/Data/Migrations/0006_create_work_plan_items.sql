CREATE TABLE qc_work_plan_items (
  id CHAR(36) NOT NULL PRIMARY KEY,
  plan_id CHAR(36) NOT NULL,
  seq INT NOT NULL,
  title VARCHAR(1000) NOT NULL,
  responsible VARCHAR(300) NOT NULL,
  due_on DATE NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_work_plan_items_plan FOREIGN KEY (plan_id) REFERENCES qc_work_plans (id)
);
CREATE INDEX ix_qc_work_plan_items_plan ON qc_work_plan_items (plan_id, seq);
