CREATE TABLE qc_pr_templates (
  id CHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  is_active BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE TABLE qc_pr_criteria (
  id CHAR(36) NOT NULL PRIMARY KEY,
  template_id CHAR(36) NOT NULL,
  seq INT NOT NULL,
  title VARCHAR(1000) NOT NULL,
  max_score INT NOT NULL,
  CONSTRAINT fk_qc_pr_criteria_template FOREIGN KEY (template_id) REFERENCES qc_pr_templates (id)
);
CREATE INDEX ix_qc_pr_criteria_template ON qc_pr_criteria (template_id, seq);
