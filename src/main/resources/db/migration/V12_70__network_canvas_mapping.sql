-- A Network Canvas mapping an organisation saved for the next import from the same study: which node type holds the
-- members and which study variables give name, ring, frequency, category and support (the import's parameters, see
-- docs/network-map-format.md, "Importing from Network Canvas"). Study configuration, no personal data.
create table network_canvas_mapping (
    organisation_id uuid not null references organisation (id),
    study           text not null check (length(study) between 1 and 200),
    parameters      jsonb not null,
    saved_at        timestamptz not null,
    saved_by        uuid not null,
    primary key (organisation_id, study)
);

alter table network_canvas_mapping enable row level security;
create policy organisation_isolation on network_canvas_mapping
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update on network_canvas_mapping to ${app_role};
