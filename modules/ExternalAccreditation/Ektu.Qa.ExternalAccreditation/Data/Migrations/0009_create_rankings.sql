CREATE TABLE ea_ranking_systems (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(30) NOT NULL,
  name VARCHAR(300) NOT NULL,
  ranks_programmes BOOLEAN NOT NULL,
  is_active BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_ea_ranking_systems_code ON ea_ranking_systems (code);
CREATE TABLE ea_ranking_entries (
  id CHAR(36) NOT NULL PRIMARY KEY,
  system_id CHAR(36) NOT NULL,
  edition_year INT NOT NULL,
  programme_id CHAR(36) NULL,
  position INT NULL,
  band VARCHAR(50) NULL,
  indicators TEXT NULL,
  evidence_id CHAR(36) NULL,
  is_published BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_ranking_entries_system ON ea_ranking_entries (system_id, edition_year);
