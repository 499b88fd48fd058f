CREATE TABLE pm_programmes (
  id CHAR(36) NOT NULL PRIMARY KEY,
  group_code VARCHAR(10) NOT NULL,
  title_kk VARCHAR(300) NOT NULL,
  title_ru VARCHAR(300) NOT NULL,
  title_en VARCHAR(300) NOT NULL,
  level INT NOT NULL,
  school_id CHAR(36) NOT NULL,
  department_id CHAR(36) NOT NULL,
  status VARCHAR(30) NOT NULL,
  approved_number INT NULL,
  latest_number INT NOT NULL,
  open_proposals INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_pm_programmes_school ON pm_programmes (school_id, group_code);
