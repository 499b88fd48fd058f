CREATE TABLE id_sessions (
  id CHAR(36) NOT NULL PRIMARY KEY,
  user_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_id_sessions_user_id ON id_sessions (user_id, created_at);
