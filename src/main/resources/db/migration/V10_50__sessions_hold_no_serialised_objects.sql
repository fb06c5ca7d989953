-- Sessions keep plain JSON values and, for a sign-in, only the account id and the moment of sign-in; the person is
-- read from the account on every request (docs/adr/0009-sessions-hold-no-serialised-objects.md).

-- Sessions of the earlier version held Java-serialised objects, among them the signed-in person's name and e-mail
-- address. The application no longer reads that format (such a session counts as signed out); the rows go.
delete from spring_session s
    where exists (select 1 from spring_session_attributes a
                  where a.session_primary_id = s.primary_id
                    and substring(a.attribute_bytes from 1 for 2) = '\xaced'::bytea);

-- The person behind a session, as the account is now: nothing when it is deactivated, or when its password was set
-- after the session began (which ends a session an attacker may hold). A changed role counts from the next request.
-- One statement per request, before anyone's organisation is known, hence a narrow function running as the owner.
create function brugwerk_session_account(session_account uuid, signed_in_at timestamptz)
    returns table (id uuid, organisation_id uuid, role text, display_name text, email text)
    language sql stable security definer set search_path = public, pg_temp
    as $$ select a.id, a.organisation_id, a.role, a.display_name, a.email
          from account a
          where a.id = session_account and a.active
            and (a.password_changed_at is null or a.password_changed_at <= signed_in_at) $$;
revoke all on function brugwerk_session_account(uuid, timestamptz) from public;
grant execute on function brugwerk_session_account(uuid, timestamptz) to ${app_role};

drop function brugwerk_session_may_continue(uuid, uuid, text, timestamptz);

-- Exactly what Spring Session JDBC (JdbcIndexedSessionRepository) runs, and no more: it creates a session row whole,
-- then changes only its id, access times, limit and principal, never its primary key or creation time; it adds an
-- attribute (as an upsert, see SessionStorage), changes only an attribute's value, and deletes both.
revoke all on spring_session, spring_session_attributes from ${app_role};
grant select, insert, delete on spring_session to ${app_role};
grant update (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name)
    on spring_session to ${app_role};
grant select, insert, delete on spring_session_attributes to ${app_role};
grant update (attribute_bytes) on spring_session_attributes to ${app_role};
