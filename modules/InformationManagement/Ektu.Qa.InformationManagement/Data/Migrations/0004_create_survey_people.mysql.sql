CREATE TABLE im_survey_population (
  survey_id CHAR(36) NOT NULL,
  person_key CHAR(64) NOT NULL,
  user_id CHAR(36) NULL,
  programme VARCHAR(50) NOT NULL,
  study_year VARCHAR(50) NOT NULL,
  study_form VARCHAR(50) NOT NULL,
  language VARCHAR(50) NOT NULL,
  PRIMARY KEY (survey_id, person_key)
);
CREATE INDEX ix_im_survey_population_user ON im_survey_population (user_id);
CREATE TABLE im_survey_respondents (
  survey_id CHAR(36) NOT NULL,
  person_key CHAR(64) NOT NULL,
  PRIMARY KEY (survey_id, person_key)
);
CREATE TABLE im_survey_responses (
  survey_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  programme VARCHAR(50) NOT NULL,
  study_year VARCHAR(50) NOT NULL,
  study_form VARCHAR(50) NOT NULL,
  language VARCHAR(50) NOT NULL,
  answers TEXT NOT NULL,
  PRIMARY KEY (survey_id, id)
);
