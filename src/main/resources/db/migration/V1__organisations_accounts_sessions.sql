-- Runs as the schema owner. The application role ${app_role} gets only what it needs, table by table.
-- Every table that holds an organisation's data gets row-level security keyed on brugwerk.organisation,
-- which the application sets per transaction (set_config(..., true)).

create function brugwerk_current_organisation() returns uuid
    language sql stable
    as $$ select nullif(current_setting('brugwerk.organisation', true), '')::uuid $$;

grant usage on schema public to ${app_role};
grant execute on function brugwerk_current_organisation() to ${app_role};

-- Outside row-level security: the platform admin lists and creates organisations, and a login page names
-- no organisation. Holds no personal data.
create table organisation (
    id                             uuid primary key,
    name                           text not null,
    professionals_see_organisation boolean not null default false,
    created_at                     timestamptz not null
);
grant select, insert, update on organisation to ${app_role};

create table account (
    id              uuid primary key,
    organisation_id uuid references organisation (id),
    email           text not null,
    display_name    text not null,
    role            text not null,
    password_hash   text,
    active          boolean not null default true,
    created_at      timestamptz not null,
    version         integer not null default 0,
    constraint account_role_has_organisation check ((role = 'PLATFORM_ADMIN') = (organisation_id is null))
);
create unique index account_email_unique on account (lower(email));
alter table account enable row level security;
create policy organisation_isolation on account
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, update on account to ${app_role};

-- Signing in happens before anyone's organisation is known: this one narrow function, running as the owner,
-- finds the account for an e-mail address across organisations. It returns no other account.
create function brugwerk_account_for_login(login_email text)
    returns table (id uuid, organisation_id uuid, email text, display_name text, role text, password_hash text,
                   active boolean)
    language sql stable security definer set search_path = public
    as $$ select id, organisation_id, email, display_name, role, password_hash, active
          from account where lower(email) = lower(login_email) $$;
revoke all on function brugwerk_account_for_login(text) from public;
grant execute on function brugwerk_account_for_login(text) to ${app_role};

-- Whether an account still may act, checked on every request of a session (deactivation takes effect on
-- the next request, on every node). Runs as the owner so the platform admin's account is found too.
create function brugwerk_account_is_active(account_id uuid) returns boolean
    language sql stable security definer set search_path = public
    as $$ select coalesce((select active from account where id = account_id), false) $$;
revoke all on function brugwerk_account_is_active(uuid) from public;
grant execute on function brugwerk_account_is_active(uuid) to ${app_role};

-- Outside row-level security: failed sign-ins are counted before anyone is known, per account and per
-- address. The key is a hash; no e-mail address or IP address is stored.
create table login_failure (
    key             text primary key,
    failures        integer not null,
    last_failure_at timestamptz not null
);
grant select, insert, update, delete on login_failure to ${app_role};

-- Outside row-level security: sessions are looked up before their owner's organisation is known
-- (Spring Session JDBC, shared by every node).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
grant select, insert, update, delete on spring_session, spring_session_attributes to ${app_role};
