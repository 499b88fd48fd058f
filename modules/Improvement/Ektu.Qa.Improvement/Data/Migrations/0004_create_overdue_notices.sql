CREATE TABLE imp_overdue_notices (
  id CHAR(36) NOT NULL PRIMARY KEY,
  item_kind VARCHAR(20) NOT NULL,
  item_id CHAR(36) NOT NULL,
  overdue_key VARCHAR(80) NOT NULL,
  recipients INT NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_imp_overdue_notices_item ON imp_overdue_notices (item_kind, item_id, overdue_key);
