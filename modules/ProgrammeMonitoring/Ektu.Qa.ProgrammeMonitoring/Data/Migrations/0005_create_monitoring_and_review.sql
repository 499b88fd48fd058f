CREATE TABLE pm_review_triggers (
  id CHAR(36) NOT NULL PRIMARY KEY,
  programme_id CHAR(36) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  raised_on DATE NOT NULL,
  source VARCHAR(300) NOT NULL,
  text VARCHAR(2000) NOT NULL,
  evidence VARCHAR(300) NULL,
  state VARCHAR(20) NOT NULL,
  decision_reason VARCHAR(2000) NULL,
  review_id CHAR(36) NULL,
  decided_on DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_review_triggers_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
CREATE INDEX ix_pm_review_triggers_programme ON pm_review_triggers (programme_id, state);
CREATE TABLE pm_review_schedules (
  programme_id CHAR(36) NOT NULL PRIMARY KEY,
  cycle_years INT NOT NULL,
  anchor_on DATE NOT NULL,
  version INT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_review_schedules_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
CREATE TABLE pm_reviews (
  id CHAR(36) NOT NULL PRIMARY KEY,
  programme_id CHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  year INT NOT NULL,
  due_on DATE NOT NULL,
  state VARCHAR(20) NOT NULL,
  self_evaluation TEXT NULL,
  stakeholder_input TEXT NULL,
  outcomes_achievement TEXT NULL,
  decisions TEXT NULL,
  published_changes TEXT NULL,
  completed_on DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_reviews_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
CREATE INDEX ix_pm_reviews_programme ON pm_reviews (programme_id, due_on);
CREATE TABLE pm_review_actions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  review_id CHAR(36) NOT NULL,
  text VARCHAR(2000) NOT NULL,
  indicator VARCHAR(30) NOT NULL,
  baseline_year INT NOT NULL,
  baseline_x100 BIGINT NULL,
  deadline DATE NOT NULL,
  state VARCHAR(20) NOT NULL,
  closed_on DATE NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_review_actions_review FOREIGN KEY (review_id) REFERENCES pm_reviews (id)
);
CREATE INDEX ix_pm_review_actions_review ON pm_review_actions (review_id);
CREATE TABLE pm_indicator_thresholds (
  indicator VARCHAR(30) NOT NULL PRIMARY KEY,
  target_x100 BIGINT NOT NULL,
  at_risk_x100 BIGINT NOT NULL,
  lower_is_better BOOLEAN NOT NULL,
  version INT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
INSERT INTO pm_indicator_thresholds (indicator, target_x100, at_risk_x100, lower_is_better, version, updated_at, updated_by) VALUES
  ('Enrolment', 2500, 1500, 0, 1, '2026-01-01 00:00:00', 'system'),
  ('Progression', 8500, 7500, 0, 1, '2026-01-01 00:00:00', 'system'),
  ('Completion', 8000, 7000, 0, 1, '2026-01-01 00:00:00', 'system'),
  ('Employment', 7500, 6500, 0, 1, '2026-01-01 00:00:00', 'system'),
  ('Satisfaction', 8000, 7000, 0, 1, '2026-01-01 00:00:00', 'system'),
  ('RankingPosition', 1000, 2000, 1, 1, '2026-01-01 00:00:00', 'system');
CREATE TABLE pm_indicator_values (
  programme_id CHAR(36) NOT NULL,
  year INT NOT NULL,
  indicator VARCHAR(30) NOT NULL,
  value_x100 BIGINT NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  recorded_by VARCHAR(256) NOT NULL,
  PRIMARY KEY (programme_id, year, indicator),
  CONSTRAINT fk_pm_indicator_values_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
CREATE TABLE pm_procedures (
  id CHAR(36) NOT NULL PRIMARY KEY,
  number INT NOT NULL,
  unit_id CHAR(36) NOT NULL,
  owner_name VARCHAR(300) NOT NULL,
  cycle VARCHAR(20) NOT NULL,
  next_due_on DATE NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_pm_procedures_unit ON pm_procedures (unit_id, number);
CREATE TABLE pm_procedure_runs (
  id CHAR(36) NOT NULL PRIMARY KEY,
  procedure_id CHAR(36) NOT NULL,
  due_on DATE NOT NULL,
  state VARCHAR(20) NOT NULL,
  done_on DATE NULL,
  findings TEXT NULL,
  evidence_name VARCHAR(260) NULL,
  evidence_path VARCHAR(500) NULL,
  evidence_kind VARCHAR(20) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_procedure_runs_procedure FOREIGN KEY (procedure_id) REFERENCES pm_procedures (id)
);
CREATE UNIQUE INDEX ux_pm_procedure_runs_due ON pm_procedure_runs (procedure_id, due_on);
