CREATE TABLE ea_certificates (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  standard VARCHAR(50) NOT NULL,
  body VARCHAR(300) NOT NULL,
  number VARCHAR(100) NOT NULL,
  scope TEXT NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_certificates_unit ON ea_certificates (unit_id, valid_to);
CREATE TABLE ea_inspection_audits (
  id CHAR(36) NOT NULL PRIMARY KEY,
  certificate_id CHAR(36) NOT NULL,
  planned_on DATE NOT NULL,
  held_on DATE NULL,
  findings TEXT NULL,
  nonconformities INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_inspection_audits_certificate ON ea_inspection_audits (certificate_id, planned_on);
