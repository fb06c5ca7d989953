#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a new, empty database, ready for Brugwerk to start on.
#
#   PGHOST=db.example BRUGWERK_DATABASE_ADMIN_PASSWORD=... BRUGWERK_DATABASE_OWNER_PASSWORD=... \
#     scripts/restore.sh brugwerk-2026-12-05.dump brugwerk_restored
#
# Environment: PGHOST, PGPORT (libpq's own); BRUGWERK_DATABASE_ADMIN_USER (default postgres) and
# BRUGWERK_DATABASE_ADMIN_PASSWORD, a role that may create databases, used only for that; the owner and
# application roles as Brugwerk uses them: BRUGWERK_DATABASE_OWNER_USER (default brugwerk_owner),
# BRUGWERK_DATABASE_OWNER_PASSWORD, BRUGWERK_DATABASE_APP_USER (default brugwerk_app); PG_BIN (folder of
# psql and pg_restore, when they are not on the PATH).
#
# Both roles must exist on the server (README, "Running for real"). The database is created empty, owned by
# the owner role, with connect rights for the application role only, as the README creates it. The restore
# itself runs as the owner role with --no-owner: everything it creates belongs to the owner, exactly as after
# Brugwerk's migrations, whatever the owner was called where the backup was made. (Never restore as a
# superuser with --no-owner: the security-definer functions would then run as the superuser.) Grants to the
# application role and the row-level security policies come from the backup unchanged; they name the
# application role, so it must have the same name here. One transaction: a failed restore leaves an empty
# database, never half of one.
set -euo pipefail
file=${1:?usage: scripts/restore.sh FILE.dump NEW_DATABASE}
database=${2:?usage: scripts/restore.sh FILE.dump NEW_DATABASE}
admin=${BRUGWERK_DATABASE_ADMIN_USER:-postgres}
owner=${BRUGWERK_DATABASE_OWNER_USER:-brugwerk_owner}
app=${BRUGWERK_DATABASE_APP_USER:-brugwerk_app}
bin=${PG_BIN:+$PG_BIN/}
for name in "$database" "$owner" "$app"; do
  [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "not a plain lowercase name: $name" >&2; exit 2; }
done
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 2; }

as_admin() {
  PGPASSWORD=${BRUGWERK_DATABASE_ADMIN_PASSWORD:-${PGPASSWORD:-}} "${bin}psql" --no-psqlrc --quiet \
    --set=ON_ERROR_STOP=1 --username="$admin" --dbname=postgres "$@"
}
missing=$(as_admin --tuples-only --no-align --command="select string_agg(r, ', ') from unnest(array['$owner', '$app']) r
  where not exists (select 1 from pg_roles where rolname = r)")
[ -z "$missing" ] || { echo "these roles do not exist on the server: $missing" >&2; exit 1; }
exists=$(as_admin --tuples-only --no-align --command="select count(*) from pg_database where datname = '$database'")
[ "$exists" = 0 ] || { echo "database $database already exists: restore into a new one" >&2; exit 1; }

as_admin <<SQL
create database $database owner $owner;
revoke all on database $database from public;
grant connect on database $database to $app;
SQL

PGPASSWORD=${BRUGWERK_DATABASE_OWNER_PASSWORD:-${PGPASSWORD:-}} "${bin}pg_restore" --username="$owner" \
  --dbname="$database" --no-owner --single-transaction --exit-on-error "$file"
echo "restored $file into $database; start Brugwerk with BRUGWERK_DATABASE_URL=jdbc:postgresql://<host>:<port>/$database"
