-- A participant taking a valued role (docs/roles.md): proposed by a coach, chosen by the participant (with their yes or
-- no to the role on their network map), agreed by the actor (recorded by a coordinator), active from a date, ended
-- with a reason; or declined with a reason before it is active. An agreed or active taking holds a place of its role:
-- valued_role.taken counts them, and its check keeps it within the capacity. A participant has at most one current
-- taking of a role. Participant data: scoped to the organisation by row-level security.
create table role_taking (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    role_id             uuid not null,
    participant_id      uuid not null,
    version             integer not null check (version > 0),
    status              text not null check (status in ('PROPOSED', 'CHOSEN', 'AGREED', 'ACTIVE', 'ENDED', 'DECLINED')),
    proposed_by         uuid not null,
    proposed_at         timestamptz not null,
    on_map              boolean,
    chosen_at           timestamptz,
    chosen_recorded_by  uuid,
    agreed_at           timestamptz,
    agreed_recorded_by  uuid,
    started_on          date,
    ended_on            date,
    reason              text check (length(reason) between 1 and 500),
    decided_at          timestamptz,
    unique (organisation_id, id),
    foreign key (organisation_id, role_id) references valued_role (organisation_id, id) on delete cascade,
    foreign key (organisation_id, participant_id) references participant (organisation_id, id),
    foreign key (organisation_id, proposed_by) references account (organisation_id, id),
    foreign key (organisation_id, chosen_recorded_by) references account (organisation_id, id),
    foreign key (organisation_id, agreed_recorded_by) references account (organisation_id, id),
    check (status = 'PROPOSED' or status = 'DECLINED' or on_map is not null),
    check (status not in ('ACTIVE', 'ENDED') or started_on is not null),
    check (status <> 'ENDED' or (ended_on >= started_on and reason is not null)),
    check (status <> 'DECLINED' or reason is not null)
);

create unique index role_taking_current on role_taking (organisation_id, role_id, participant_id)
    where status in ('PROPOSED', 'CHOSEN', 'AGREED', 'ACTIVE');
create index role_taking_participant on role_taking (organisation_id, participant_id);

alter table role_taking enable row level security;
create policy organisation_isolation on role_taking
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update on role_taking to ${app_role};
