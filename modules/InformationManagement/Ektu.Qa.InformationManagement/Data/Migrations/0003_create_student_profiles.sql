CREATE TABLE im_student_profiles (
  user_id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  programme VARCHAR(50) NOT NULL,
  study_year INT NOT NULL,
  study_form VARCHAR(50) NOT NULL,
  language VARCHAR(50) NOT NULL
);
CREATE INDEX ix_im_student_profiles_unit ON im_student_profiles (unit_id);
