-- Socially valued roles (sociaal gewaardeerde rollen) made of neighbourhood actors' needs: what a role asks (talents of
-- the curated list, times, languages) and gives, how many people it can take, whether a group can take it together,
-- how many took it and whether it is closed. Its place and accessibility are the actor's and are not copied here. A
-- role goes with its actor. Shared inside the organisation; it carries no participant data. See docs/roles.md.
create table valued_role (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    actor_id        uuid not null,
    version         integer not null check (version > 0),
    title           text not null check (length(title) between 1 and 200),
    description     text check (length(description) <= 2000),
    talents         text[] not null check (cardinality(talents) >= 1),
    times           text check (length(times) <= 200),
    days            text[] not null,
    languages       text[] not null check (cardinality(languages) <= 10),
    capacity        integer not null check (capacity between 1 and 50),
    collective      boolean not null,
    gains           text[] not null check (cardinality(gains) >= 1),
    learning        text[] not null,
    taken           integer not null check (taken between 0 and capacity),
    closed          boolean not null,
    changed_at      timestamptz not null,
    changed_by      uuid not null,
    unique (organisation_id, id),
    foreign key (organisation_id, actor_id) references neighbourhood_actor (organisation_id, id) on delete cascade,
    foreign key (organisation_id, changed_by) references account (organisation_id, id),
    check (not collective or capacity >= 2)
);

create index valued_role_actor on valued_role (organisation_id, actor_id);

alter table valued_role enable row level security;
create policy organisation_isolation on valued_role
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update, delete on valued_role to ${app_role};
