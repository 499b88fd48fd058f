CREATE TABLE pm_elective_catalogues (
  id CHAR(36) NOT NULL PRIMARY KEY,
  school_id CHAR(36) NOT NULL,
  academic_year INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  analysis TEXT NULL,
  analysed_on DATE NULL,
  analysed_by VARCHAR(256) NULL,
  published_at DATETIME(6) NULL,
  published_by VARCHAR(256) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_pm_elective_catalogues_school_year ON pm_elective_catalogues (school_id, academic_year);
CREATE TABLE pm_elective_courses (
  id CHAR(36) NOT NULL PRIMARY KEY,
  catalogue_id CHAR(36) NOT NULL,
  code VARCHAR(20) NOT NULL,
  title_kk VARCHAR(300) NOT NULL,
  title_ru VARCHAR(300) NOT NULL,
  title_en VARCHAR(300) NOT NULL,
  department_id CHAR(36) NOT NULL,
  credits INT NOT NULL,
  semester INT NOT NULL,
  programme_id CHAR(36) NULL,
  outcomes VARCHAR(300) NOT NULL,
  employer_organisation VARCHAR(300) NULL,
  employer_person VARCHAR(300) NULL,
  endorsed_on DATE NULL,
  endorsement_comment VARCHAR(2000) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_elective_courses_catalogue FOREIGN KEY (catalogue_id) REFERENCES pm_elective_catalogues (id)
);
CREATE UNIQUE INDEX ux_pm_elective_courses_code ON pm_elective_courses (catalogue_id, code);
