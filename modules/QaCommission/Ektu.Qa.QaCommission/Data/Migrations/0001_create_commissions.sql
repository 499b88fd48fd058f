CREATE TABLE qc_commissions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  school_unit_id CHAR(36) NOT NULL,
  state VARCHAR(20) NOT NULL,
  order_number VARCHAR(50) NOT NULL,
  order_date DATE NOT NULL,
  order_file_name VARCHAR(255) NULL,
  order_content_type VARCHAR(100) NULL,
  order_sha256 CHAR(64) NULL,
  order_storage_path VARCHAR(400) NULL,
  dissolution_order_number VARCHAR(50) NULL,
  dissolution_order_date DATE NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_qc_commissions_school ON qc_commissions (school_unit_id, state);
