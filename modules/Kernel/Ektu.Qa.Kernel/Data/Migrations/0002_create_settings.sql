CREATE TABLE k_settings (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  value LONGTEXT NULL,
  version INT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
