-- Per survey and stratum cell: how many responses there are (question '' and value ''), how many answered a question
-- (value ''), and how many chose a value (an option, or a number as answered). Free-text answers are never copied here.
-- Results read these counts, kept as answers arrive, instead of the answer sheets; the back-fill counts the existing ones.
-- Binary collation: keys and values compare as the application compares them (ordinal), "Yes" and "yes" stay apart.
CREATE TABLE im_survey_counts (
  survey_id CHAR(36) NOT NULL,
  question_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  answer_value VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  programme VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  study_year VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  study_form VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  language VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  responses INT NOT NULL,
  PRIMARY KEY (survey_id, question_key, answer_value, programme, study_year, study_form, language)
);
INSERT INTO im_survey_counts (survey_id, question_key, answer_value, programme, study_year, study_form, language, responses)
SELECT r.survey_id, '', '', r.programme, r.study_year, r.study_form, r.language, COUNT(*)
FROM im_survey_responses r
GROUP BY r.survey_id, r.programme, r.study_year, r.study_form, r.language;
INSERT INTO im_survey_counts (survey_id, question_key, answer_value, programme, study_year, study_form, language, responses)
SELECT r.survey_id, a.k, '', r.programme, r.study_year, r.study_form, r.language, COUNT(*)
FROM im_survey_responses r
JOIN JSON_TABLE(JSON_KEYS(r.answers), '$[*]' COLUMNS (k VARCHAR(100) PATH '$')) a
WHERE JSON_TYPE(JSON_EXTRACT(r.answers, CONCAT('$."', a.k, '"'))) = 'ARRAY'
GROUP BY r.survey_id, a.k, r.programme, r.study_year, r.study_form, r.language;
-- A matrix row's key is the question's key, a dot and the row (question keys have no dot).
INSERT INTO im_survey_counts (survey_id, question_key, answer_value, programme, study_year, study_form, language, responses)
SELECT r.survey_id, a.k, v.v, r.programme, r.study_year, r.study_form, r.language, COUNT(DISTINCT r.id)
FROM im_survey_responses r
JOIN im_surveys s ON s.id = r.survey_id
JOIN im_survey_templates t ON t.id = s.template_id
JOIN JSON_TABLE(t.questions, '$[*]' COLUMNS (k VARCHAR(100) PATH '$.key', kind VARCHAR(30) PATH '$.kind')) q
JOIN JSON_TABLE(JSON_KEYS(r.answers), '$[*]' COLUMNS (k VARCHAR(100) PATH '$')) a ON SUBSTRING_INDEX(a.k, '.', 1) = q.k
JOIN JSON_TABLE(JSON_EXTRACT(r.answers, CONCAT('$."', a.k, '"')), '$[*]' COLUMNS (v VARCHAR(100) PATH '$')) v
WHERE q.kind <> 'FreeText' AND v.v IS NOT NULL
GROUP BY r.survey_id, a.k, v.v, r.programme, r.study_year, r.study_form, r.language;
