CREATE TABLE im_swot_analyses (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  year INT NOT NULL,
  strengths TEXT NOT NULL,
  weaknesses TEXT NOT NULL,
  opportunities TEXT NOT NULL,
  threats TEXT NOT NULL,
  state VARCHAR(20) NOT NULL,
  approved_at DATETIME(6) NULL,
  approved_by VARCHAR(256) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_im_swot_analyses_unit_year ON im_swot_analyses (unit_id, year);
