-- The actors of the organisation's neighbourhood map (buurtkaart organisatie): associations, shops, schools, services,
-- meeting places and the like, shared inside the organisation and never carrying participant data. A row keeps apart
-- what its source says (typed by hand, OpenStreetMap, De Sociale Kaart: name, kind, address, place and, from
-- OpenStreetMap, step-free access) from what the organisation added (offers, needs, a contact person, opening hours,
-- free or paying, accessibility), so that a refresh from the source rewrites only the first part. See
-- docs/neighbourhood.md.
create table neighbourhood_actor (
    id                uuid primary key,
    organisation_id   uuid not null references organisation (id),
    version           integer not null check (version > 0),
    source            text not null check (source in ('MANUAL', 'OPENSTREETMAP', 'SOCIALE_KAART')),
    source_id         text check (length(source_id) <= 100),
    fetched_on        date,
    name              text not null check (length(name) between 1 and 200),
    kind              text not null,
    address           text check (length(address) <= 300),
    latitude          double precision,
    longitude         double precision,
    source_step_free  boolean,
    offers            text check (length(offers) <= 2000),
    needs             text check (length(needs) <= 2000),
    contact_name      text check (length(contact_name) <= 100),
    contact_reach     text check (length(contact_reach) <= 200),
    opening_hours     text check (length(opening_hours) <= 1000),
    free              boolean,
    step_free         boolean,
    accessible_toilet boolean,
    languages         text check (length(languages) <= 200),
    changed_at        timestamptz not null,
    changed_by        uuid not null,
    unique (organisation_id, id),
    unique (organisation_id, source, source_id),
    foreign key (organisation_id, changed_by) references account (organisation_id, id),
    check ((latitude is null) = (longitude is null)),
    check ((source = 'MANUAL') = (source_id is null)),
    check ((source = 'MANUAL') = (fetched_on is null))
);

alter table neighbourhood_actor enable row level security;
create policy organisation_isolation on neighbourhood_actor
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update, delete on neighbourhood_actor to ${app_role};
