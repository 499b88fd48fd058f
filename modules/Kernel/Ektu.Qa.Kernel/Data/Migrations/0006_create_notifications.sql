CREATE TABLE k_notifications (
  id CHAR(36) NOT NULL PRIMARY KEY,
  user_id CHAR(36) NOT NULL,
  title_key VARCHAR(200) NOT NULL,
  args LONGTEXT NULL,
  link VARCHAR(1000) NULL,
  read_at DATETIME(6) NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE INDEX ix_k_notifications_user ON k_notifications (user_id, read_at, created_at);
