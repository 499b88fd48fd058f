ALTER TABLE qp_document_editions ADD COLUMN approval_instance_id CHAR(36) NULL;
