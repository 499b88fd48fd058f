CREATE TABLE qc_materials (
  id CHAR(36) NOT NULL PRIMARY KEY,
  meeting_id CHAR(36) NOT NULL,
  agenda_item_id CHAR(36) NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  storage_path VARCHAR(400) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_materials_meeting FOREIGN KEY (meeting_id) REFERENCES qc_meetings (id)
);
CREATE INDEX ix_qc_materials_meeting ON qc_materials (meeting_id);
