CREATE TABLE im_info_systems (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  name VARCHAR(300) NOT NULL,
  owner_unit_id CHAR(36) NOT NULL,
  owner VARCHAR(300) NOT NULL,
  purpose VARCHAR(2000) NOT NULL,
  data_held VARCHAR(2000) NOT NULL,
  backup_schedule VARCHAR(300) NOT NULL,
  restore_verified_on DATE NULL,
  access_control VARCHAR(2000) NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_im_info_systems_code ON im_info_systems (code);
CREATE TABLE im_info_system_checks (
  id CHAR(36) NOT NULL PRIMARY KEY,
  system_id CHAR(36) NOT NULL,
  checked_on DATE NOT NULL,
  checked_by_id CHAR(36) NOT NULL,
  authority BOOLEAN NOT NULL,
  antivirus BOOLEAN NOT NULL,
  administration BOOLEAN NOT NULL,
  backups BOOLEAN NOT NULL,
  server_room BOOLEAN NOT NULL,
  passwords BOOLEAN NOT NULL,
  note VARCHAR(2000) NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_im_info_system_checks_system ON im_info_system_checks (system_id);
