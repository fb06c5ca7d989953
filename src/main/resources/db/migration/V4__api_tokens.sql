-- Personal API tokens for scripts: created by their owner, shown once, stored as a hash, expiring, revocable.
create table api_token (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    account_id      uuid not null references account (id),
    name            text not null,
    token_hash      text not null unique,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz
);
create index api_token_account on api_token (account_id);
alter table api_token enable row level security;
create policy organisation_isolation on api_token
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, update on api_token to ${app_role};

-- A request with a token names no organisation yet: this function, running as the owner, returns the account
-- behind a valid token (unexpired, not revoked, account active) and nothing else.
create function brugwerk_account_for_token(presented_hash text, presented_at timestamptz)
    returns table (id uuid, organisation_id uuid, email text, display_name text, role text)
    language sql stable security definer set search_path = public
    as $$ select a.id, a.organisation_id, a.email, a.display_name, a.role
          from api_token t join account a on a.id = t.account_id
          where t.token_hash = presented_hash and t.revoked_at is null and t.expires_at > presented_at
            and a.active $$;
revoke all on function brugwerk_account_for_token(text, timestamptz) from public;
grant execute on function brugwerk_account_for_token(text, timestamptz) to ${app_role};
