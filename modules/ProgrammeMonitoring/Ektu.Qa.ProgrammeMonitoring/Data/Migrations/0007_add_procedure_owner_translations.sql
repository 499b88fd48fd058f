-- The owner's name was one free text; the Kazakh name stays in owner_name, Russian and English beside it ('' = as the Kazakh).
ALTER TABLE pm_procedures ADD COLUMN owner_name_ru VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE pm_procedures ADD COLUMN owner_name_en VARCHAR(300) NOT NULL DEFAULT '';
