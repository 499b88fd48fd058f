CREATE TABLE im_collegial_actions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  analysis_id CHAR(36) NOT NULL,
  action TEXT NOT NULL,
  responsible VARCHAR(300) NOT NULL,
  deadline DATE NULL,
  capa_item_id CHAR(36) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_collegial_actions_analysis ON im_collegial_actions (analysis_id);
