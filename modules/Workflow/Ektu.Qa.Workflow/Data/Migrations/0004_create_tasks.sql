CREATE TABLE wf_tasks (
  id CHAR(36) NOT NULL PRIMARY KEY,
  instance_id CHAR(36) NOT NULL,
  element_id VARCHAR(200) NOT NULL,
  process_key VARCHAR(100) NOT NULL,
  business_key VARCHAR(200) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  name_kk VARCHAR(300) NOT NULL,
  name_ru VARCHAR(300) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  form_key VARCHAR(300) NULL,
  status INT NOT NULL,
  assignee_id CHAR(36) NULL,
  owner_id CHAR(36) NULL,
  candidate_groups VARCHAR(500) NOT NULL,
  four_eyes BOOLEAN NOT NULL,
  due_at DATETIME(6) NULL,
  completed_at DATETIME(6) NULL,
  completed_by_id CHAR(36) NULL,
  outcome VARCHAR(50) NULL,
  comment TEXT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_wf_tasks_assignee ON wf_tasks (assignee_id, status);
CREATE INDEX ix_wf_tasks_instance ON wf_tasks (instance_id, status);
CREATE INDEX ix_wf_tasks_completed_by ON wf_tasks (completed_by_id, completed_at);
