CREATE TABLE im_collegial_analyses (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  body VARCHAR(40) NOT NULL,
  held_on DATE NOT NULL,
  subject TEXT NOT NULL,
  decisions TEXT NOT NULL,
  plan_kind VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_collegial_analyses_unit ON im_collegial_analyses (unit_id, held_on);
