ALTER TABLE rp_schedules ADD COLUMN unit_id CHAR(36) NULL;
CREATE INDEX ix_rp_schedules_unit ON rp_schedules (unit_id);
