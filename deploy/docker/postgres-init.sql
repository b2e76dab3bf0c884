-- Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d).
-- One database per service; each service creates its own schema with Flyway at start.
CREATE DATABASE cls_contract;
CREATE DATABASE cls_funding;
CREATE DATABASE cls_governance;
CREATE DATABASE cls_notification;
