CREATE TABLE qp_holidays (
  id CHAR(36) NOT NULL PRIMARY KEY,
  day DATE NOT NULL,
  is_working_day BOOLEAN NOT NULL,
  name_kk VARCHAR(200) NOT NULL,
  name_ru VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_qp_holidays_day ON qp_holidays (day);
