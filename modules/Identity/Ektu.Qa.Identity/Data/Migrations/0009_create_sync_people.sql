CREATE TABLE id_sync_people (
  external_id VARCHAR(100) NOT NULL PRIMARY KEY,
  user_id CHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  position VARCHAR(200) NULL,
  programme VARCHAR(200) NULL,
  study_year INT NULL,
  study_form VARCHAR(50) NULL,
  study_language VARCHAR(50) NULL,
  is_active BOOLEAN NOT NULL,
  hash CHAR(64) NOT NULL,
  updated_at DATETIME(6) NOT NULL
);
CREATE UNIQUE INDEX ux_id_sync_people_user ON id_sync_people (user_id);
CREATE INDEX ix_id_sync_people_unit ON id_sync_people (unit_id);
