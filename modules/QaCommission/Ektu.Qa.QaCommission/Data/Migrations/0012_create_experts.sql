CREATE TABLE qc_experts (
  id CHAR(36) NOT NULL PRIMARY KEY,
  meeting_id CHAR(36) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  organisation VARCHAR(300) NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_experts_meeting FOREIGN KEY (meeting_id) REFERENCES qc_meetings (id)
);
CREATE INDEX ix_qc_experts_meeting ON qc_experts (meeting_id);
