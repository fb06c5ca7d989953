-- Hardening after a security review: the functions that run as the owner before an organisation is known
-- must never let the application role cross organisations, even through rows it wrote itself.

-- pg_temp last: otherwise a temporary table named like ours would be found first inside these functions.
alter function brugwerk_current_organisation() set search_path = public, pg_temp;
alter function brugwerk_account_for_login(text) set search_path = public, pg_temp;
alter function brugwerk_account_is_active(uuid) set search_path = public, pg_temp;

-- When the password was last set: sessions that began before it end on their next request.
alter table account add column password_changed_at timestamptz;

-- Links are written inside the organisation, so row-level security can guard them too; reading one before
-- sign-in goes through a function, like every lookup that precedes the organisation.
alter table one_time_link alter column organisation_id set not null;
alter table one_time_link enable row level security;
create policy organisation_isolation on one_time_link
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

create function brugwerk_link_is_valid(link_token_hash text, at timestamptz) returns boolean
    language sql stable security definer set search_path = public, pg_temp
    as $$ select exists (select 1 from one_time_link l join account a on a.id = l.account_id
                         where l.token_hash = link_token_hash and l.used_at is null and l.expires_at > at
                           and a.organisation_id = l.organisation_id) $$;
revoke all on function brugwerk_link_is_valid(text, timestamptz) from public;
grant execute on function brugwerk_link_is_valid(text, timestamptz) to ${app_role};

-- Redeeming: only a link whose account belongs to the link's own organisation; setting a password also revokes
-- the account's API tokens and dates the change, which ends its older sessions.
create or replace function brugwerk_redeem_link(link_token_hash text, new_password_hash text, redeemed_at timestamptz)
    returns uuid
    language plpgsql volatile security definer set search_path = public, pg_temp
    as $$
    declare
        target uuid;
    begin
        update one_time_link l set used_at = redeemed_at
            from account a
            where l.token_hash = link_token_hash and l.used_at is null and l.expires_at > redeemed_at
              and a.id = l.account_id and a.organisation_id = l.organisation_id
            returning l.account_id into target;
        if target is null then
            return null;
        end if;
        update one_time_link set used_at = redeemed_at where account_id = target and used_at is null;
        update account set password_hash = new_password_hash, password_changed_at = redeemed_at,
                           version = version + 1
            where id = target;
        update api_token set revoked_at = redeemed_at where account_id = target and revoked_at is null;
        return target;
    end $$;

-- A token counts only for an account of the token's own organisation.
create or replace function brugwerk_account_for_token(presented_hash text, presented_at timestamptz)
    returns table (id uuid, organisation_id uuid, email text, display_name text, role text)
    language sql stable security definer set search_path = public, pg_temp
    as $$ select a.id, a.organisation_id, a.email, a.display_name, a.role
          from api_token t join account a on a.id = t.account_id and a.organisation_id = t.organisation_id
          where t.token_hash = presented_hash and t.revoked_at is null and t.expires_at > presented_at
            and a.active $$;

-- Whether a session may go on: the account is active, still of the organisation and role the session holds,
-- and its password was not set anew after the session began. Checked on every request, on every node.
create function brugwerk_session_may_continue(session_account uuid, session_organisation uuid, session_role text,
                                              signed_in_at timestamptz) returns boolean
    language sql stable security definer set search_path = public, pg_temp
    as $$ select coalesce((select a.active
                                  and a.organisation_id is not distinct from session_organisation
                                  and a.role = session_role
                                  and (a.password_changed_at is null or a.password_changed_at <= signed_in_at)
                           from account a where a.id = session_account), false) $$;
revoke all on function brugwerk_session_may_continue(uuid, uuid, text, timestamptz) from public;
grant execute on function brugwerk_session_may_continue(uuid, uuid, text, timestamptz) to ${app_role};
drop function brugwerk_account_is_active(uuid);

-- Whether an address is in use, without handing out anything else.
create function brugwerk_email_taken(candidate text) returns boolean
    language sql stable security definer set search_path = public, pg_temp
    as $$ select exists (select 1 from account where lower(email) = lower(candidate)) $$;
revoke all on function brugwerk_email_taken(text) from public;
grant execute on function brugwerk_email_taken(text) to ${app_role};
