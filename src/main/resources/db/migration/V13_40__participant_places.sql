-- The citizen's neighbourhood map (buurtkaart van de burger): the places a participant goes or would like to go. A
-- place is changed in place with a version number that a change must name (a stale one is a 409). Companions are the
-- ids of members of the participant's network map, never their names (the map may drop a member later: the page then
-- leaves that id out). actor_id is the seam for "taken from the organisation's actors" (issue 14.3), unused until the
-- organisation's map exists. A home (kind HOME) never appears on a shared map. See docs/places.md.
create table participant_place (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    participant_id  uuid not null,
    version         integer not null check (version > 0),
    kind            text not null,
    name            text not null check (length(name) <= 100),
    address         text check (length(address) <= 200),
    latitude        double precision not null check (latitude between 49.40 and 51.60),
    longitude       double precision not null check (longitude between 2.40 and 6.50),
    located_by      text not null,
    going           text not null,
    visits          text,
    welcome         text,
    companions      uuid[] not null default '{}',
    note            text check (length(note) <= 500),
    actor_id        uuid,
    changed_at      timestamptz not null,
    changed_by      uuid not null,
    unique (organisation_id, id),
    foreign key (organisation_id, participant_id) references participant (organisation_id, id),
    foreign key (organisation_id, changed_by) references account (organisation_id, id)
);
create index participant_place_participant on participant_place (participant_id);

alter table participant_place enable row level security;
create policy organisation_isolation on participant_place using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update, delete on participant_place to ${app_role};
