CREATE TABLE qp_standards (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  catalogue_version INT NOT NULL,
  framework VARCHAR(20) NOT NULL,
  sort_order INT NOT NULL,
  title_kk VARCHAR(500) NOT NULL,
  title_ru VARCHAR(500) NOT NULL,
  title_en VARCHAR(500) NOT NULL,
  description_kk LONGTEXT NOT NULL,
  description_ru LONGTEXT NOT NULL,
  description_en LONGTEXT NOT NULL,
  esg_code VARCHAR(50) NULL,
  module VARCHAR(100) NULL,
  administrator_user_id CHAR(36) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_qp_standards_code ON qp_standards (code);
