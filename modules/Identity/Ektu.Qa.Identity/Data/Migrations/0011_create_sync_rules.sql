CREATE TABLE id_sync_rules (
  id CHAR(36) NOT NULL PRIMARY KEY,
  attribute VARCHAR(20) NOT NULL,
  match_value VARCHAR(200) NOT NULL,
  role_id CHAR(36) NOT NULL,
  scope VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_id_sync_rules ON id_sync_rules (attribute, match_value, role_id, scope);
