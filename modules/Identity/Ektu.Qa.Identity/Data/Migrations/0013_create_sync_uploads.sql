CREATE TABLE id_sync_uploads (
  id CHAR(36) NOT NULL PRIMARY KEY,
  file_name VARCHAR(260) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  path VARCHAR(300) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL
);
