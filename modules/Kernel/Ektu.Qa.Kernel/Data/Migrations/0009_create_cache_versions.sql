CREATE TABLE k_cache_versions (
  area VARCHAR(100) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
