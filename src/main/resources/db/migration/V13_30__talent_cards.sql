-- A participant's talent card (talentenkaart): every save is a new, numbered version that is never changed, so that
-- earlier cards stay readable; the highest number is the current card. Two saves made on the same version both try
-- to add the next number, and the unique key lets only the first one in (the second is a 409). See docs/talents.md.
create table talent_card_version (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    participant_id  uuid not null,
    version         integer not null check (version > 0),
    saved_at        timestamptz not null,
    saved_by        uuid not null,
    unique (organisation_id, participant_id, version),
    unique (organisation_id, id),
    foreign key (organisation_id, participant_id) references participant (organisation_id, id),
    foreign key (organisation_id, saved_by) references account (organisation_id, id)
);

-- The entries of one version, in the order the participant put them: what kind (strength, skill, interest, life
-- experience, dream), head / heart / hands, the life area (one of Schalock's domains, optional), a talent of the
-- curated list and/or free text, and whether they would like to share it or to learn it.
create table talent_entry (
    organisation_id uuid not null,
    version_id      uuid not null,
    position        integer not null check (position >= 0),
    kind            text not null,
    frame           text not null,
    life_area       text,
    talent          text,
    description     text check (length(description) <= 300),
    share           boolean not null,
    learn           boolean not null,
    primary key (version_id, position),
    foreign key (organisation_id, version_id) references talent_card_version (organisation_id, id),
    check (talent is not null or description is not null)
);

do $$
declare
    t text;
begin
    foreach t in array array['talent_card_version', 'talent_entry'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = brugwerk_current_organisation())'
                       ' with check (organisation_id = brugwerk_current_organisation())', t);
    end loop;
end $$;

-- versions are added and read, never changed or removed by the application
grant select, insert on talent_card_version, talent_entry to ${app_role};
