CREATE TABLE im_survey_reminders (
  survey_id CHAR(36) NOT NULL,
  sent_on DATE NOT NULL,
  recipients INT NOT NULL,
  PRIMARY KEY (survey_id, sent_on)
);
