CREATE TABLE qc_attendance (
  meeting_id CHAR(36) NOT NULL,
  member_id CHAR(36) NOT NULL,
  status VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  PRIMARY KEY (meeting_id, member_id),
  CONSTRAINT fk_qc_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES qc_meetings (id)
);
