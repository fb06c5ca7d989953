-- The organisation's settings for its neighbourhood map: the Overpass-compatible URL its OpenStreetMap points of
-- interest are fetched from (none by default: nothing is fetched until an organisation chooses a server). See
-- docs/neighbourhood.md.
create table neighbourhood_settings (
    organisation_id uuid primary key references organisation (id),
    overpass_url    text check (length(overpass_url) <= 300),
    version         integer not null check (version > 0)
);

alter table neighbourhood_settings enable row level security;
create policy organisation_isolation on neighbourhood_settings
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update on neighbourhood_settings to ${app_role};
