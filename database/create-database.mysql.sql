-- Creates the production database and its application user (run once as a DBA).
-- Tables are created by the application: `Ektu.Qa.Host migrate` (or at start in Development).
CREATE DATABASE IF NOT EXISTS ektu_qa CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'ektu_qa'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON ektu_qa.* TO 'ektu_qa'@'%';
FLUSH PRIVILEGES;
-- The server must run with UTC session time (default-time-zone='+00:00' or the connection default):
-- the application stores every DATETIME(6) value in UTC.
