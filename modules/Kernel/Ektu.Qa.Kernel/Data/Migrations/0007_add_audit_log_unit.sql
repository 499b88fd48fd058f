ALTER TABLE k_audit_log ADD COLUMN unit_id CHAR(36) NULL;
CREATE INDEX ix_k_audit_log_unit ON k_audit_log (unit_id, occurred_at);
