CREATE TABLE qp_indicators (
  id CHAR(36) NOT NULL PRIMARY KEY,
  goal_id CHAR(36) NOT NULL,
  name_kk VARCHAR(500) NOT NULL,
  name_ru VARCHAR(500) NOT NULL,
  name_en VARCHAR(500) NOT NULL,
  unit_of_measure VARCHAR(50) NOT NULL,
  baseline_x100 BIGINT NOT NULL,
  higher_is_better BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qp_indicators_goal FOREIGN KEY (goal_id) REFERENCES qp_strategic_goals (id)
);
CREATE INDEX ix_qp_indicators_goal ON qp_indicators (goal_id);
