CREATE TABLE id_users (
  id CHAR(36) NOT NULL PRIMARY KEY,
  user_name VARCHAR(64) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  email VARCHAR(256) NULL,
  position VARCHAR(200) NULL,
  password_hash VARCHAR(500) NULL,
  security_stamp CHAR(36) NOT NULL,
  is_active BOOLEAN NOT NULL,
  access_failed_count INT NOT NULL,
  lockout_end DATETIME(6) NULL,
  last_login_at DATETIME(6) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_id_users_user_name ON id_users (user_name);
