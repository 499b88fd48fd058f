-- The 2025 New Year transfer moved Sunday 5 January (not Saturday 4 January) to Friday 3 January, and both transfers were
-- orders of the Minister of Labour, not Government decrees. Seeded rows nobody edited are removed so the seeder inserts the
-- corrected ones at start; rows a person changed stay as they are.
DELETE FROM qp_holidays
  WHERE created_by = 'system' AND updated_by = 'system' AND day IN ('2024-05-04', '2024-05-08', '2025-01-03', '2025-01-04');
