CREATE TABLE qc_agenda_items (
  id CHAR(36) NOT NULL PRIMARY KEY,
  meeting_id CHAR(36) NOT NULL,
  seq INT NOT NULL,
  title VARCHAR(1000) NOT NULL,
  speaker VARCHAR(200) NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_qc_agenda_items_meeting FOREIGN KEY (meeting_id) REFERENCES qc_meetings (id)
);
CREATE INDEX ix_qc_agenda_items_meeting ON qc_agenda_items (meeting_id, seq);
