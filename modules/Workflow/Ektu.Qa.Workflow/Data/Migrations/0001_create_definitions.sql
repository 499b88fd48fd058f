CREATE TABLE wf_definitions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  process_key VARCHAR(100) NOT NULL,
  name_kk VARCHAR(300) NOT NULL,
  name_ru VARCHAR(300) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_wf_definitions_key ON wf_definitions (process_key);
