CREATE TABLE ea_accreditations (
  id CHAR(36) NOT NULL PRIMARY KEY,
  unit_id CHAR(36) NOT NULL,
  agency_id CHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  reach VARCHAR(20) NOT NULL,
  decision VARCHAR(20) NOT NULL,
  decided_on DATE NULL,
  valid_from DATE NULL,
  valid_to DATE NULL,
  follow_up_due_on DATE NULL,
  conditions TEXT NULL,
  recommendations TEXT NULL,
  renewal_of_id CHAR(36) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ea_accreditations_unit ON ea_accreditations (unit_id, valid_to);
CREATE INDEX ix_ea_accreditations_renewal ON ea_accreditations (renewal_of_id);
CREATE TABLE ea_accreditation_programmes (
  accreditation_id CHAR(36) NOT NULL,
  programme_id CHAR(36) NOT NULL,
  PRIMARY KEY (accreditation_id, programme_id)
);
CREATE INDEX ix_ea_accreditation_programmes_programme ON ea_accreditation_programmes (programme_id);
