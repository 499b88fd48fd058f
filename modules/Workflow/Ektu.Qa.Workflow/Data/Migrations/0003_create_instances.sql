CREATE TABLE wf_instances (
  id CHAR(36) NOT NULL PRIMARY KEY,
  definition_id CHAR(36) NOT NULL,
  definition_version_id CHAR(36) NOT NULL,
  process_key VARCHAR(100) NOT NULL,
  number INT NOT NULL,
  business_key VARCHAR(200) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  status INT NOT NULL,
  state LONGTEXT NOT NULL,
  error_element_id VARCHAR(200) NULL,
  error_message VARCHAR(2000) NULL,
  started_at DATETIME(6) NOT NULL,
  started_by VARCHAR(256) NOT NULL,
  ended_at DATETIME(6) NULL,
  history_seq INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_wf_instances_business_key ON wf_instances (business_key);
CREATE INDEX ix_wf_instances_unit_status ON wf_instances (unit_id, status);
CREATE INDEX ix_wf_instances_key_status ON wf_instances (process_key, status, started_at);
