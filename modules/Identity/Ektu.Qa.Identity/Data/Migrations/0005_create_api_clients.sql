CREATE TABLE id_api_clients (
  id CHAR(36) NOT NULL PRIMARY KEY,
  client_id VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  secret_hash VARCHAR(500) NOT NULL,
  user_id CHAR(36) NOT NULL,
  is_active BOOLEAN NOT NULL,
  version INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(256) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(256) NOT NULL
);
CREATE UNIQUE INDEX ux_id_api_clients_client_id ON id_api_clients (client_id);
