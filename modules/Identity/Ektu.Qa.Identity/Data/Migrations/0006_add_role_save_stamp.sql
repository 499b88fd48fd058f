ALTER TABLE id_roles ADD COLUMN save_stamp CHAR(36) NULL;
