CREATE TABLE qc_programme_committee_members (
  id CHAR(36) NOT NULL PRIMARY KEY,
  school_unit_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_qc_programme_committee_members ON qc_programme_committee_members (school_unit_id, user_id);
