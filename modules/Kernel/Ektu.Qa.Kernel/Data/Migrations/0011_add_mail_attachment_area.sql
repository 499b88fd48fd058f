ALTER TABLE k_mail_attachments ADD COLUMN file_area VARCHAR(100) NULL;
UPDATE k_mail_attachments SET file_area = 'Reporting' WHERE file_path IS NOT NULL;
