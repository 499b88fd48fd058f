CREATE TABLE im_indicator_values (
  id CHAR(36) NOT NULL PRIMARY KEY,
  indicator_id CHAR(36) NOT NULL,
  unit_id CHAR(36) NOT NULL,
  period VARCHAR(10) NOT NULL,
  period_start DATE NOT NULL,
  value_x100 BIGINT NOT NULL,
  source VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_im_indicator_values_key ON im_indicator_values (indicator_id, unit_id, period);
CREATE INDEX ix_im_indicator_values_unit ON im_indicator_values (unit_id, period_start);
