CREATE TABLE wf_waits (
  id CHAR(36) NOT NULL PRIMARY KEY,
  instance_id CHAR(36) NOT NULL,
  kind INT NOT NULL,
  element_id VARCHAR(200) NOT NULL,
  due_at DATETIME(6) NULL,
  message_name VARCHAR(200) NULL,
  business_key VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_wf_waits_instance ON wf_waits (instance_id);
CREATE INDEX ix_wf_waits_due ON wf_waits (kind, due_at);
CREATE INDEX ix_wf_waits_message ON wf_waits (message_name, business_key);
