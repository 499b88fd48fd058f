ALTER TABLE imp_capa_items ADD COLUMN sole_source_id CHAR(36) NULL;
CREATE UNIQUE INDEX ux_imp_capa_items_sole_source ON imp_capa_items (source, sole_source_id);
