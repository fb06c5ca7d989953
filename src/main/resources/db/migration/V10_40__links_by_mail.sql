-- Invitation and reset links go by e-mail only (docs/accounts-and-mail.md). Runs as the schema owner.

-- The language a person's mails are written in (nl, fr or en), where known.
alter table account add column language text;
alter table account add constraint account_language_known check (language in ('nl', 'fr', 'en'));

-- The very first platform admin gets a link from a command run on the server, as the owner: such a link names no
-- organisation. Row-level security still refuses the application role any link without its own organisation, so
-- only the owner can write one.
alter table one_time_link alter column organisation_id drop not null;

create or replace function brugwerk_link_is_valid(link_token_hash text, at timestamptz) returns boolean
    language sql stable security definer set search_path = public, pg_temp
    as $$ select exists (select 1 from one_time_link l join account a on a.id = l.account_id
                         where l.token_hash = link_token_hash and l.used_at is null and l.expires_at > at
                           and a.organisation_id is not distinct from l.organisation_id) $$;

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
              and a.id = l.account_id and a.organisation_id is not distinct from l.organisation_id
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

-- An invitation to an address that already has an account in another organisation. The admin must not learn
-- that (the address's owner gets a mail saying so instead), so the invitation is listed like any invited
-- account that was never activated. It holds no link and can never sign in.
create table invitation_elsewhere (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    email           text not null,
    display_name    text not null,
    role            text not null,
    language        text check (language in ('nl', 'fr', 'en')),
    active          boolean not null default true,
    created_at      timestamptz not null
);
create unique index invitation_elsewhere_email on invitation_elsewhere (organisation_id, lower(email));
alter table invitation_elsewhere enable row level security;
create policy organisation_isolation on invitation_elsewhere
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, update on invitation_elsewhere to ${app_role};
