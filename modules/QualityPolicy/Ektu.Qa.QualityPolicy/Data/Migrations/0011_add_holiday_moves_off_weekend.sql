ALTER TABLE qp_holidays ADD COLUMN moves_off_weekend BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE qp_holidays SET moves_off_weekend = TRUE
  WHERE is_working_day = FALSE AND created_by = 'system' AND name_en NOT IN ('Orthodox Christmas', 'Kurban Ait');
