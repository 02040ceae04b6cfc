#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data volume: the app's own login, which owns
# its database and nothing else (no superuser, no CREATEDB, no CREATEROLE). The app migrates as that owner.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE analisaai LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE analisaai OWNER analisaai;
REVOKE ALL ON DATABASE analisaai FROM PUBLIC;
SQL
