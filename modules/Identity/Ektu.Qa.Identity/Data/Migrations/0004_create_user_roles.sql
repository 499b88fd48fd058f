CREATE TABLE id_user_roles (
  id CHAR(36) NOT NULL PRIMARY KEY,
  user_id CHAR(36) NOT NULL,
  role_id CHAR(36) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_id_user_roles ON id_user_roles (user_id, role_id, unit_id);
CREATE INDEX ix_id_user_roles_unit ON id_user_roles (unit_id);
