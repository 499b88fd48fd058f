CREATE TABLE id_organization_units (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  parent_id CHAR(36) NULL,
  path VARCHAR(500) NOT NULL,
  depth INT NOT NULL,
  name_kk VARCHAR(300) NOT NULL,
  name_ru VARCHAR(300) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_id_organization_units_code ON id_organization_units (code);
CREATE INDEX ix_id_organization_units_path ON id_organization_units (path);
