INSERT INTO imp_capa_items (id, unit_id, source, source_id, problem, root_cause, corrective_action, preventive_action, owner_user_id,
  deadline, check_after_days, state, implemented_on, check_due_on, effectiveness_note, closed_on, reopen_count, version, created_at,
  created_by, updated_at, updated_by)
SELECT id, unit_id,
  CASE source
    WHEN 'Decision' THEN 'QaCommission.Decision'
    WHEN 'PeerReview' THEN 'QaCommission.PeerReview'
    WHEN 'ExpertRecommendation' THEN 'QaCommission.ExpertRecommendation'
    WHEN 'Appeal' THEN 'Improvement.Appeal'
    WHEN 'Audit' THEN 'Improvement.Audit'
    ELSE 'Improvement.Monitoring'
  END,
  source_id, problem, root_cause, corrective_action, preventive_action, owner_user_id, deadline, check_after_days, state,
  implemented_on, check_due_on, effectiveness_note, closed_on, reopen_count, version, created_at, created_by, updated_at, updated_by
FROM qc_capa_items;
INSERT INTO imp_appeals (id, applicant_kind, applicant_user_id, applicant_name, channel, kind, formality, subject, body, unit_id, level,
  state, received_on, due_on, escalations, resolution, resolved_on, version, created_at, created_by, updated_at, updated_by)
SELECT id, applicant_kind, applicant_user_id, applicant_name, channel, kind, formality, subject, body, unit_id, level,
  state, received_on, due_on, escalations, resolution, resolved_on, version, created_at, created_by, updated_at, updated_by
FROM qc_appeals;
INSERT INTO imp_appeal_steps (id, appeal_id, level, unit_id, assigned_on, due_on, outcome, note, created_at, created_by)
SELECT id, appeal_id, level, unit_id, assigned_on, due_on, outcome, note, created_at, created_by FROM qc_appeal_steps;
INSERT INTO imp_overdue_notices (id, item_kind, item_id, overdue_key, recipients, version, created_at, created_by, updated_at, updated_by)
SELECT id, item_kind, item_id, overdue_key, recipients, version, created_at, created_by, updated_at, updated_by FROM qc_overdue_notices;
