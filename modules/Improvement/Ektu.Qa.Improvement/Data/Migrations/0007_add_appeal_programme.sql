ALTER TABLE imp_appeals ADD COLUMN programme_id CHAR(36) NULL;
CREATE INDEX ix_imp_appeals_programme ON imp_appeals (programme_id);
