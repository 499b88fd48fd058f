UPDATE id_role_permissions SET permission = 'ExternalAccreditation.Readiness' WHERE permission = 'QaCommission.Readiness';
UPDATE id_role_permissions SET permission = 'ExternalAccreditation.Readiness.Manage' WHERE permission = 'QaCommission.Readiness.Manage';
UPDATE k_settings SET name = 'ExternalAccreditation.Readiness.EvidenceFreshMonths' WHERE name = 'QaCommission.Readiness.EvidenceFreshMonths';
