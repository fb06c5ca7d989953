-- Outside row-level security: a link is redeemed before anyone is signed in, so before the organisation is
-- known. It holds a hash of the token and ids only.
create table one_time_link (
    token_hash      text primary key,
    account_id      uuid not null references account (id),
    organisation_id uuid references organisation (id),
    purpose         text not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz
);
create index one_time_link_account on one_time_link (account_id);
grant select, insert, update on one_time_link to ${app_role};

-- Setting a password through a link happens before sign-in too. This function, running as the owner, redeems
-- a valid, unused, unexpired link and sets the password of exactly the account it names; any other open link of
-- that account dies with it. It returns the account, or null when the link is not (or no longer) valid.
create function brugwerk_redeem_link(link_token_hash text, new_password_hash text, redeemed_at timestamptz)
    returns uuid
    language plpgsql volatile security definer set search_path = public
    as $$
    declare
        target uuid;
    begin
        update one_time_link set used_at = redeemed_at
            where token_hash = link_token_hash and used_at is null and expires_at > redeemed_at
            returning account_id into target;
        if target is null then
            return null;
        end if;
        update one_time_link set used_at = redeemed_at where account_id = target and used_at is null;
        update account set password_hash = new_password_hash, version = version + 1 where id = target;
        return target;
    end $$;
revoke all on function brugwerk_redeem_link(text, text, timestamptz) from public;
grant execute on function brugwerk_redeem_link(text, text, timestamptz) to ${app_role};
