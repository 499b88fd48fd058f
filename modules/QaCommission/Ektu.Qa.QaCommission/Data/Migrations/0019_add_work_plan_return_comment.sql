ALTER TABLE qc_work_plans ADD COLUMN return_comment VARCHAR(2000) NULL;
