-- A participant's network map: the working copy, edited as you go, and immutable dated versions of it.
-- See docs/adr/0005-network-map-storage.md.

create table network_map (
    participant_id  uuid primary key references participant (id),
    organisation_id uuid not null references organisation (id),
    version         integer not null default 0,
    updated_at      timestamptz not null,
    updated_by      uuid not null references account (id)
);

create table network_member (
    id              uuid primary key,
    participant_id  uuid not null references network_map (participant_id),
    organisation_id uuid not null references organisation (id),
    name            text not null,
    category        text not null,
    ring            text not null,
    frequency       text not null,
    valence         text not null,
    status          text not null,
    status_since    date,
    status_note     text,
    capital_type    text not null,
    level           text not null,
    light_tie       boolean not null,
    formal          boolean not null,
    note            text,
    position        integer not null
);
create index network_member_map on network_member (participant_id);

create table network_member_support (
    member_id       uuid not null references network_member (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    function        text not null,
    direction       text not null,
    primary key (member_id, function)
);

create table network_tie (
    participant_id  uuid not null references network_map (participant_id),
    organisation_id uuid not null references organisation (id),
    member_a        uuid not null references network_member (id) on delete cascade,
    member_b        uuid not null references network_member (id) on delete cascade,
    strength        integer,
    primary key (member_a, member_b),
    constraint network_tie_ordered check (member_a < member_b)
);

-- Versions are never changed: the application may add and read them only.
create table network_map_version (
    id              uuid primary key,
    participant_id  uuid not null references participant (id),
    organisation_id uuid not null references organisation (id),
    taken_at        timestamptz not null,
    taken_by        uuid not null references account (id),
    reason          text not null,
    content         jsonb not null
);
create index network_map_version_participant on network_map_version (participant_id, taken_at);

do $$
declare
    t text;
begin
    foreach t in array array['network_map', 'network_member', 'network_member_support', 'network_tie',
                             'network_map_version'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = brugwerk_current_organisation())'
                       ' with check (organisation_id = brugwerk_current_organisation())', t);
    end loop;
end $$;

grant select, insert, update on network_map to ${app_role};
grant select, insert, update, delete on network_member, network_member_support, network_tie to ${app_role};
grant select, insert on network_map_version to ${app_role};
