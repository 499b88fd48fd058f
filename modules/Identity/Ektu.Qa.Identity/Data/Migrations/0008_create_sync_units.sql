CREATE TABLE id_sync_units (
  external_id VARCHAR(100) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  is_active BOOLEAN NOT NULL,
  hash CHAR(64) NOT NULL,
  updated_at DATETIME(6) NOT NULL
);
CREATE UNIQUE INDEX ux_id_sync_units_unit ON id_sync_units (unit_id);
