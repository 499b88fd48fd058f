CREATE TABLE id_roles (
  id CHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(64) NOT NULL,
  description VARCHAR(500) NULL,
  is_static BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_id_roles_name ON id_roles (name);
CREATE TABLE id_role_permissions (
  role_id CHAR(36) NOT NULL,
  permission VARCHAR(200) NOT NULL,
  PRIMARY KEY (role_id, permission)
);
