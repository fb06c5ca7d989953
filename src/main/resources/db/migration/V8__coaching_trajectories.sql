-- Coaching trajectories (traject): the step plan, wishes and actions, sessions and notes, the support plan and
-- round tables, outcome measurements with their raw answers, and the organisation's coaching settings.
-- See docs/coaching.md. Every table carries organisation_id under row-level security.

-- The organisation's step template; no rows means the ten default steps. A step with default_step set and no
-- name shows the default step's name in the reader's language; a name is the organisation's own.
create table coaching_step_template (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    position        integer not null,
    default_step    integer,
    name            text,
    constraint coaching_step_template_named check (default_step is not null or name is not null)
);
create index coaching_step_template_organisation on coaching_step_template (organisation_id, position);

create table coaching_settings (
    organisation_id   uuid primary key references organisation (id),
    lsns_at_risk_below integer not null default 12 check (lsns_at_risk_below between 1 and 31),
    stuck_after_weeks integer not null default 4 check (stuck_after_weeks between 1 and 52)
);

create table trajectory (
    id                uuid primary key,
    organisation_id   uuid not null references organisation (id),
    participant_id    uuid not null references participant (id),
    coach_id          uuid not null references account (id),
    started_on        date not null,
    created_at        timestamptz not null,
    created_by        uuid not null references account (id),
    closed_on         date,
    evaluation_network text,
    evaluation_scores text,
    participant_words text,
    follow_up_on      date,
    handover_to       text,
    version           integer not null default 0
);
create index trajectory_participant on trajectory (participant_id);
create index trajectory_coach on trajectory (coach_id);
create unique index trajectory_one_open_per_participant on trajectory (participant_id) where closed_on is null;

-- The trajectory's own copy of the step plan: a later template change leaves it alone.
create table trajectory_step (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    position        integer not null,
    default_step    integer,
    name            text,
    status          text not null,
    notes           text
);
create index trajectory_step_trajectory on trajectory_step (trajectory_id, position);

create table coaching_wish (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    contact         text not null,
    member_id       uuid,
    description     text not null,
    created_at      timestamptz not null
);
create index coaching_wish_trajectory on coaching_wish (trajectory_id);

-- member_id and performer_member_id point at members of the participant's map (by id, which stays the same for
-- the life of the map); a member who left the map is shown as such.
create table coaching_action (
    id                  uuid primary key,
    trajectory_id       uuid not null references trajectory (id),
    organisation_id     uuid not null references organisation (id),
    wish_id             uuid references coaching_wish (id),
    kind                text not null,
    description         text not null,
    member_id           uuid,
    performer           text not null,
    performer_member_id uuid,
    due_on              date,
    status              text not null,
    done_on             date,
    created_at          timestamptz not null
);
create index coaching_action_trajectory on coaching_action (trajectory_id);

create table coaching_success (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    occurred_on     date not null,
    description     text not null,
    created_at      timestamptz not null
);
create index coaching_success_trajectory on coaching_success (trajectory_id);

-- A session; logging it takes a version of the map, whose main figures are kept here for the organisation view
-- (which reads no map).
create table coaching_session (
    id               uuid primary key,
    trajectory_id    uuid not null references trajectory (id),
    organisation_id  uuid not null references organisation (id),
    held_on          date not null,
    duration_minutes integer not null check (duration_minutes between 1 and 1440),
    place            text,
    map_version_id   uuid,
    map_members      integer,
    map_active_members integer,
    map_informal     integer,
    map_effective_size double precision,
    created_by       uuid not null references account (id),
    created_at       timestamptz not null
);
create index coaching_session_trajectory on coaching_session (trajectory_id, held_on);

-- A note is PRIVATE (its author only) or SHARED (with the participant: their printout).
create table coaching_note (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    session_id      uuid references coaching_session (id),
    author_id       uuid not null references account (id),
    visibility      text not null,
    text            text not null,
    created_at      timestamptz not null
);
create index coaching_note_trajectory on coaching_note (trajectory_id);

-- The support plan: whom the participant wants to involve and for what, and whom not. The participant's choice.
create table support_plan_entry (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    member_id       uuid,
    who             text,
    involve         boolean not null,
    purpose         text,
    created_at      timestamptz not null
);
create index support_plan_entry_trajectory on support_plan_entry (trajectory_id);

create table round_table (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    planned_on      date not null,
    agenda          text not null,
    agreements      text,
    created_at      timestamptz not null
);
create index round_table_trajectory on round_table (trajectory_id);

create table round_table_invitee (
    round_table_id  uuid not null references round_table (id),
    organisation_id uuid not null references organisation (id),
    member_id       uuid not null,
    primary key (round_table_id, member_id)
);

-- One administration of an instrument: its raw answers (one row per answered item) and whether it is finished.
create table outcome_measurement (
    id              uuid primary key,
    trajectory_id   uuid not null references trajectory (id),
    organisation_id uuid not null references organisation (id),
    instrument      text not null,
    answer_format   text,
    measured_on     date not null,
    complete        boolean not null,
    lsns_at_risk_below integer,
    created_by      uuid not null references account (id),
    updated_at      timestamptz not null
);
create index outcome_measurement_trajectory on outcome_measurement (trajectory_id, measured_on);

create table outcome_answer (
    measurement_id  uuid not null references outcome_measurement (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    item            text not null,
    answer          text not null,
    primary key (measurement_id, item)
);

do $$
declare
    t text;
begin
    foreach t in array array['coaching_step_template', 'coaching_settings', 'trajectory', 'trajectory_step',
                             'coaching_wish', 'coaching_action', 'coaching_success', 'coaching_session',
                             'coaching_note', 'support_plan_entry', 'round_table', 'round_table_invitee',
                             'outcome_measurement', 'outcome_answer'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = brugwerk_current_organisation())'
                       ' with check (organisation_id = brugwerk_current_organisation())', t);
    end loop;
end $$;

grant select, insert, update, delete on coaching_step_template, outcome_answer, round_table_invitee to ${app_role};
grant select, insert, update on coaching_settings, trajectory, trajectory_step, coaching_wish, coaching_action,
    coaching_success, coaching_session, coaching_note, support_plan_entry, round_table, outcome_measurement
    to ${app_role};
