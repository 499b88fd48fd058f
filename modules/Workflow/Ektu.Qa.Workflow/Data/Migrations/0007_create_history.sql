CREATE TABLE wf_history (
  instance_id CHAR(36) NOT NULL,
  seq INT NOT NULL,
  event VARCHAR(30) NOT NULL,
  element_id VARCHAR(200) NULL,
  detail VARCHAR(1000) NULL,
  at DATETIME(6) NOT NULL,
  actor VARCHAR(256) NOT NULL,
  PRIMARY KEY (instance_id, seq)
);
