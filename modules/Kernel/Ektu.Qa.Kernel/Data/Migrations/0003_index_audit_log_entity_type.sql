CREATE INDEX ix_k_audit_log_entity_type ON k_audit_log (entity, occurred_at);
