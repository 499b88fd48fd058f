DROP TABLE qc_appeal_steps;
DROP TABLE qc_appeals;
DROP TABLE qc_capa_items;
DROP TABLE qc_overdue_notices;
