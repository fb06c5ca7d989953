-- Check-ins on an active role taking, as buddy pairs have them: a date and a short note of how it goes
-- (docs/roles.md). Participant data: scoped to the organisation by row-level security.
create table role_taking_checkin (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    taking_id       uuid not null,
    checked_on      date not null,
    note            text not null check (length(note) between 1 and 500),
    given_by        uuid not null,
    given_at        timestamptz not null,
    foreign key (organisation_id, taking_id) references role_taking (organisation_id, id) on delete cascade,
    foreign key (organisation_id, given_by) references account (organisation_id, id)
);
create index role_taking_checkin_taking on role_taking_checkin (organisation_id, taking_id, checked_on desc);

alter table role_taking_checkin enable row level security;
create policy organisation_isolation on role_taking_checkin
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert on role_taking_checkin to ${app_role};
