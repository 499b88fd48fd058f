CREATE TABLE rp_schedules (
  id CHAR(36) NOT NULL PRIMARY KEY,
  report_key VARCHAR(200) NOT NULL,
  cron VARCHAR(200) NOT NULL,
  time_zone VARCHAR(100) NOT NULL,
  format VARCHAR(10) NOT NULL,
  culture VARCHAR(10) NOT NULL,
  parameters LONGTEXT NOT NULL,
  recipients LONGTEXT NOT NULL,
  enabled INT NOT NULL,
  owner_id CHAR(36) NOT NULL,
  owner_name VARCHAR(256) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_rp_schedules_owner ON rp_schedules (owner_id);
