CREATE TABLE qc_pr_observations (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  template_id CHAR(36) NOT NULL,
  observer_user_id CHAR(36) NOT NULL,
  teacher_user_id CHAR(36) NOT NULL,
  course VARCHAR(300) NOT NULL,
  planned_on DATE NOT NULL,
  state VARCHAR(20) NOT NULL,
  strengths TEXT NULL,
  improvements TEXT NULL,
  submitted_at DATETIME(6) NULL,
  acknowledged_at DATETIME(6) NULL,
  teacher_comment TEXT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_pr_observations_template FOREIGN KEY (template_id) REFERENCES qc_pr_templates (id)
);
CREATE INDEX ix_qc_pr_observations_unit ON qc_pr_observations (unit_id, planned_on);
CREATE INDEX ix_qc_pr_observations_observer ON qc_pr_observations (observer_user_id);
CREATE INDEX ix_qc_pr_observations_teacher ON qc_pr_observations (teacher_user_id);
CREATE TABLE qc_pr_scores (
  id CHAR(36) NOT NULL PRIMARY KEY,
  observation_id CHAR(36) NOT NULL,
  criterion_id CHAR(36) NOT NULL,
  score INT NOT NULL,
  comment VARCHAR(1000) NULL,
  CONSTRAINT fk_qc_pr_scores_observation FOREIGN KEY (observation_id) REFERENCES qc_pr_observations (id),
  CONSTRAINT fk_qc_pr_scores_criterion FOREIGN KEY (criterion_id) REFERENCES qc_pr_criteria (id)
);
CREATE UNIQUE INDEX ux_qc_pr_scores_observation ON qc_pr_scores (observation_id, criterion_id);
