#!/usr/bin/env bash
# Backs up Brugwerk's database into one file (pg_dump's custom format), as the owner role.
#
#   PGHOST=db.example PGPORT=5432 BRUGWERK_DATABASE_OWNER_PASSWORD=... scripts/backup.sh brugwerk-2026-12-05.dump
#
# Environment: PGHOST, PGPORT (libpq's own), BRUGWERK_DATABASE_NAME (default brugwerk),
# BRUGWERK_DATABASE_OWNER_USER (default brugwerk_owner), BRUGWERK_DATABASE_OWNER_PASSWORD (or ~/.pgpass),
# PG_BIN (folder of pg_dump, when it is not on the PATH; its version must be at least the server's).
# The owner sees every organisation's rows (row-level security does not apply to the table owner), so the
# dump is complete. The file holds personal data: keep it as safe as the database itself.
set -euo pipefail
file=${1:?usage: scripts/backup.sh FILE.dump}
database=${BRUGWERK_DATABASE_NAME:-brugwerk}
owner=${BRUGWERK_DATABASE_OWNER_USER:-brugwerk_owner}
bin=${PG_BIN:+$PG_BIN/}
if [ -n "${BRUGWERK_DATABASE_OWNER_PASSWORD:-}" ]; then
  export PGPASSWORD="$BRUGWERK_DATABASE_OWNER_PASSWORD"
fi
umask 077
# written beside the target and renamed at the end, so a failed backup never looks like a finished one
"${bin}pg_dump" --format=custom --username="$owner" --dbname="$database" --file="$file.partial"
mv "$file.partial" "$file"
echo "backed up $database to $file"
