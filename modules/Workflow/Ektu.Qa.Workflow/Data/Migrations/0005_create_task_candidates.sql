CREATE TABLE wf_task_candidates (
  task_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (task_id, user_id)
);
CREATE INDEX ix_wf_task_candidates_user ON wf_task_candidates (user_id);
