ALTER TABLE qc_meetings ADD COLUMN acting_secretary_member_id CHAR(36) NULL;
