-- Per survey and stratum cell: how many responses there are (question '' and value ''), how many answered a question
-- (value ''), and how many chose a value (an option, or a number as answered). Free-text answers are never copied here.
-- Results read these counts, kept as answers arrive, instead of the answer sheets; the back-fill counts the existing ones.
CREATE TABLE im_survey_counts (
  survey_id CHAR(36) NOT NULL,
  question_key VARCHAR(100) NOT NULL,
  answer_value VARCHAR(100) NOT NULL,
  programme VARCHAR(50) NOT NULL,
  study_year VARCHAR(50) NOT NULL,
  study_form VARCHAR(50) NOT NULL,
  language VARCHAR(50) NOT NULL,
  responses INT NOT NULL,
  PRIMARY KEY (survey_id, question_key, answer_value, programme, study_year, study_form, language)
) WITHOUT ROWID;
INSERT INTO im_survey_counts (survey_id, question_key, answer_value, programme, study_year, study_form, language, responses)
SELECT r.survey_id, '', '', r.programme, r.study_year, r.study_form, r.language, COUNT(*)
FROM im_survey_responses r
GROUP BY r.survey_id, r.programme, r.study_year, r.study_form, r.language;
INSERT INTO im_survey_counts (survey_id, question_key, answer_value, programme, study_year, study_form, language, responses)
SELECT r.survey_id, a.key, '', r.programme, r.study_year, r.study_form, r.language, COUNT(*)
FROM im_survey_responses r, json_each(r.answers) a
WHERE a.type = 'array'
GROUP BY r.survey_id, a.key, r.programme, r.study_year, r.study_form, r.language;
-- A matrix row's key is the question's key, a dot and the row (question keys have no dot).
INSERT INTO im_survey_counts (survey_id, question_key, answer_value, programme, study_year, study_form, language, responses)
SELECT r.survey_id, a.key, v.value, r.programme, r.study_year, r.study_form, r.language, COUNT(DISTINCT r.id)
FROM im_survey_responses r
JOIN im_surveys s ON s.id = r.survey_id
JOIN im_survey_templates t ON t.id = s.template_id
JOIN json_each(t.questions) q
JOIN json_each(r.answers) a
  ON json_extract(q.value, '$.key') = CASE WHEN instr(a.key, '.') > 0 THEN substr(a.key, 1, instr(a.key, '.') - 1) ELSE a.key END
JOIN json_each(a.value) v
WHERE json_extract(q.value, '$.kind') <> 'FreeText' AND a.type = 'array' AND v.type = 'text'
GROUP BY r.survey_id, a.key, v.value, r.programme, r.study_year, r.study_form, r.language;
