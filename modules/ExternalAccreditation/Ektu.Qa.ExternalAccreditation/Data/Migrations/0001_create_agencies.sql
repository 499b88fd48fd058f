CREATE TABLE ea_agencies (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(30) NOT NULL,
  name_kk VARCHAR(300) NOT NULL,
  name_ru VARCHAR(300) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  country VARCHAR(100) NOT NULL,
  is_registered BOOLEAN NOT NULL,
  is_active BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_ea_agencies_code ON ea_agencies (code);
