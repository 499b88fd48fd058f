CREATE TABLE k_files (
  area VARCHAR(100) NOT NULL,
  path VARCHAR(300) NOT NULL,
  length BIGINT NOT NULL,
  chunks INT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (area, path)
);
CREATE TABLE k_file_chunks (
  area VARCHAR(100) NOT NULL,
  path VARCHAR(300) NOT NULL,
  seq INT NOT NULL,
  data LONGBLOB NOT NULL,
  PRIMARY KEY (area, path, seq)
);
