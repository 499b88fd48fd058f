CREATE TABLE k_data_protection_keys (
  id CHAR(36) NOT NULL PRIMARY KEY,
  friendly_name VARCHAR(200) NULL,
  xml LONGTEXT NOT NULL,
  created_at DATETIME(6) NOT NULL
);
