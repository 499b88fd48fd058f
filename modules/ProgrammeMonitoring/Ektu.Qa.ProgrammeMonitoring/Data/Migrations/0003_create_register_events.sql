CREATE TABLE pm_register_events (
  id CHAR(36) NOT NULL PRIMARY KEY,
  programme_id CHAR(36) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  event_on DATE NOT NULL,
  reference VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  CONSTRAINT fk_pm_register_events_programme FOREIGN KEY (programme_id) REFERENCES pm_programmes (id)
);
CREATE INDEX ix_pm_register_events_programme ON pm_register_events (programme_id, event_on);
