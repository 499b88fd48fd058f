ALTER TABLE qc_monitoring_events ADD COLUMN done_on DATE NULL;
