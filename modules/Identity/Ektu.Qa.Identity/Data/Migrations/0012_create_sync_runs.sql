CREATE TABLE id_sync_runs (
  id CHAR(36) NOT NULL PRIMARY KEY,
  kind VARCHAR(20) NOT NULL,
  entity VARCHAR(20) NOT NULL,
  source VARCHAR(300) NULL,
  started_at DATETIME(6) NOT NULL,
  finished_at DATETIME(6) NOT NULL,
  started_by VARCHAR(256) NOT NULL,
  created INT NOT NULL,
  updated INT NOT NULL,
  deactivated INT NOT NULL,
  unchanged INT NOT NULL,
  failed INT NOT NULL,
  result_file VARCHAR(300) NULL
);
CREATE INDEX ix_id_sync_runs_started ON id_sync_runs (started_at);
CREATE TABLE id_sync_run_items (
  run_id CHAR(36) NOT NULL,
  item_index INT NOT NULL,
  external_id VARCHAR(100) NULL,
  outcome VARCHAR(20) NOT NULL,
  field VARCHAR(100) NULL,
  message_code VARCHAR(100) NULL,
  PRIMARY KEY (run_id, item_index)
);
