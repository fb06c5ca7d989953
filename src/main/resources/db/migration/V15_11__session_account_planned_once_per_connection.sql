-- brugwerk_session_account (V10_50), which every signed-in request calls once, as PL/pgSQL instead of SQL; nothing
-- else changes. A SQL function that runs as its owner or sets its search path is never inlined, and PostgreSQL 17
-- then parses, analyses and plans its body anew on every call: 0.2-0.3 ms for a lookup by primary key that runs in
-- 0.02-0.04 ms. PL/pgSQL prepares its statement once per connection and keeps the plan (docs/benchmarks.md,
-- "The session's account, planned once"). Still running as the owner with its own search path, still executed by
-- the application role only (RowLevelSecurityIntegrationTests); every column name is qualified, so none can be
-- taken for one of the result's names.
create or replace function brugwerk_session_account(session_account uuid, signed_in_at timestamptz)
    returns table (id uuid, organisation_id uuid, role text, display_name text, email text)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
begin
    return query
        select a.id, a.organisation_id, a.role, a.display_name, a.email
        from account a
        where a.id = session_account and a.active
          and (a.password_changed_at is null or a.password_changed_at <= signed_in_at);
end
$$;
revoke all on function brugwerk_session_account(uuid, timestamptz) from public;
grant execute on function brugwerk_session_account(uuid, timestamptz) to ${app_role};
