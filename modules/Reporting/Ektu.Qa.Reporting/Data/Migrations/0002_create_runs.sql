CREATE TABLE rp_runs (
  id CHAR(36) NOT NULL PRIMARY KEY,
  report_key VARCHAR(200) NOT NULL,
  schedule_id CHAR(36) NULL,
  fire_key VARCHAR(200) NULL,
  scheduled_for DATETIME(6) NULL,
  status VARCHAR(20) NOT NULL,
  format VARCHAR(10) NOT NULL,
  culture VARCHAR(10) NOT NULL,
  parameters LONGTEXT NOT NULL,
  row_count INT NOT NULL,
  duration_ms BIGINT NULL,
  error LONGTEXT NULL,
  file_name VARCHAR(300) NULL,
  file_path VARCHAR(1000) NULL,
  file_size BIGINT NULL,
  checksum CHAR(64) NULL,
  attempts INT NOT NULL,
  owner_id CHAR(36) NOT NULL,
  owner_name VARCHAR(256) NOT NULL,
  started_at DATETIME(6) NULL,
  finished_at DATETIME(6) NULL,
  heartbeat_at DATETIME(6) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_rp_runs_fire_key ON rp_runs (fire_key);
CREATE INDEX ix_rp_runs_owner ON rp_runs (owner_id, created_at);
CREATE INDEX ix_rp_runs_status ON rp_runs (status, heartbeat_at);
