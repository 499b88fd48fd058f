CREATE TABLE pm_programme_versions (
  programme_id CHAR(36) NOT NULL,
  number INT NOT NULL,
  parent_number INT NULL,
  base_number INT NULL,
  state VARCHAR(20) NOT NULL,
  note VARCHAR(2000) NULL,
  content LONGTEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  approved_at DATETIME(6) NULL,
  approved_by VARCHAR(256) NULL,
  PRIMARY KEY (programme_id, number),
  CONSTRAINT fk_pm_programme_versions_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
