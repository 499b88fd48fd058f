ALTER TABLE qc_monitoring_events ADD COLUMN programme_id CHAR(36) NULL;
CREATE INDEX ix_qc_monitoring_events_programme ON qc_monitoring_events (programme_id);
