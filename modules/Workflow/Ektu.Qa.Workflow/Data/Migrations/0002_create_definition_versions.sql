CREATE TABLE wf_definition_versions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  definition_id CHAR(36) NOT NULL,
  number INT NOT NULL,
  status INT NOT NULL,
  xml LONGTEXT NOT NULL,
  checksum CHAR(64) NOT NULL,
  published_at DATETIME(6) NULL,
  published_by VARCHAR(256) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_wf_definition_versions_number ON wf_definition_versions (definition_id, number);
