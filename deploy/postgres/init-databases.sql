-- docker-compose: run once by the postgres image (as POSTGRES_USER = bestvalue) on an empty volume.
-- Each service owns one database (deploy/suite creates the same ones on a local PostgreSQL).
CREATE DATABASE bv_assessment;
CREATE DATABASE bv_scoring;
CREATE DATABASE bv_action;
CREATE DATABASE bv_reporting;
