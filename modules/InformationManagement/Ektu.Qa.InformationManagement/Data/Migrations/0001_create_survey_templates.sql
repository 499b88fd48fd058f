CREATE TABLE im_survey_templates (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  number INT NOT NULL,
  title_kk VARCHAR(300) NOT NULL,
  title_ru VARCHAR(300) NOT NULL,
  title_en VARCHAR(300) NOT NULL,
  questions TEXT NOT NULL,
  state VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_im_survey_templates_code ON im_survey_templates (code, number);
