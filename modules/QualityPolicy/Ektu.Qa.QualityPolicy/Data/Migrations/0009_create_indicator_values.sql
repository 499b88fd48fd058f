CREATE TABLE qp_indicator_values (
  indicator_id CHAR(36) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  year INT NOT NULL,
  period VARCHAR(50) NOT NULL,
  value_x100 BIGINT NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  recorded_by VARCHAR(256) NOT NULL,
  PRIMARY KEY (indicator_id, kind, year, period),
  CONSTRAINT fk_qp_indicator_values_indicator FOREIGN KEY (indicator_id) REFERENCES qp_indicators (id)
);
