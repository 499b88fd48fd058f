INSERT INTO ea_recommendations (id, unit_id, expert_kind, expert_body, programme, body, received_on, responsible, deadline, status,
  execution_note, version, created_at, created_by, updated_at, updated_by)
SELECT id, unit_id, expert_kind, expert_body, programme, body, received_on, responsible, deadline, status,
  execution_note, version, created_at, created_by, updated_at, updated_by
FROM qc_recommendations;
INSERT INTO ea_evidence_documents (id, unit_id, title, esg_standard, programme, period, document_date, location, version, created_at,
  created_by, updated_at, updated_by)
SELECT id, unit_id, title, esg_standard, programme, period, document_date, location, version, created_at, created_by, updated_at, updated_by
FROM qc_evidence_documents;
