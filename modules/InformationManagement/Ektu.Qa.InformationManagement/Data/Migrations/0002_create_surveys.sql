CREATE TABLE im_surveys (
  id CHAR(36) NOT NULL PRIMARY KEY,
  template_id CHAR(36) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  target VARCHAR(30) NOT NULL,
  programme VARCHAR(50) NULL,
  study_year INT NULL,
  opens_on DATE NOT NULL,
  closes_on DATE NOT NULL,
  min_group_size INT NOT NULL,
  population INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_surveys_unit ON im_surveys (unit_id);
CREATE INDEX ix_im_surveys_template ON im_surveys (template_id);
