CREATE TABLE id_sync_mappings (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  columns_text VARCHAR(4000) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
