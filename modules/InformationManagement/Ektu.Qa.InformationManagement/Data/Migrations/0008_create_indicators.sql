CREATE TABLE im_indicators (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  name_kk VARCHAR(300) NOT NULL,
  name_ru VARCHAR(300) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  measure VARCHAR(50) NOT NULL,
  level VARCHAR(20) NOT NULL,
  period_kind VARCHAR(20) NOT NULL,
  threshold_x100 BIGINT NULL,
  direction VARCHAR(20) NOT NULL,
  on_dashboard BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_im_indicators_code ON im_indicators (code);
