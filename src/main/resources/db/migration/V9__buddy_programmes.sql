-- Buddy programmes (buddywerking): programmes, their coordinators, buddies and applicants, intakes, the waiting
-- list, matching runs, pairs and their meetings. Every table is an organisation's, under row-level security.

create table programme (
    id                       uuid primary key,
    organisation_id          uuid not null references organisation (id),
    name                     text not null,
    intake_questions         text,
    weight_language          numeric(8, 3) not null,
    weight_interests         numeric(8, 3) not null,
    weight_proximity         numeric(8, 3) not null,
    weight_availability      numeric(8, 3) not null,
    weight_preferences       numeric(8, 3) not null,
    waiting_days             integer not null check (waiting_days >= 1),
    waiting_points           numeric(8, 3) not null check (waiting_points >= 0),
    expected_duration_weeks  integer not null check (expected_duration_weeks >= 1),
    max_capacity             integer not null check (max_capacity between 1 and 3),
    extract_required         boolean not null,
    must_share_language      boolean not null,
    max_distance_km          numeric(8, 3) not null check (max_distance_km > 0),
    gender_wishes            text not null,
    age_wishes_allowed       boolean not null,
    created_at               timestamptz not null,
    created_by               uuid not null references account (id),
    version                  integer not null default 0
);
create index programme_organisation on programme (organisation_id);

-- Who coordinates a programme: only they (and the organisation admin) see its buddies and applicants.
create table programme_coordinator (
    programme_id    uuid not null references programme (id),
    account_id      uuid not null references account (id),
    organisation_id uuid not null references organisation (id),
    primary key (programme_id, account_id)
);

-- What an intake found out, for a participant on the waiting list or for a buddy.
create table intake (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    languages       text[] not null default '{}',
    interests       text[] not null default '{}',
    availability    text[] not null default '{}',
    neighbourhood   text,
    age             integer not null check (age >= 0),
    gender          text not null,
    wished_genders  text[] not null default '{}',
    wished_age_min  integer,
    wished_age_max  integer,
    age_limit_min   integer,
    age_limit_max   integer,
    goals           text,
    constraints     text,
    answers         text
);

create table buddy (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    programme_id    uuid not null references programme (id),
    name            text not null,
    email           text not null,
    status          text not null,
    capacity        integer not null check (capacity between 1 and 3),
    intake_id       uuid not null references intake (id),
    account_id      uuid references account (id),
    applied_at      timestamptz not null,
    consent_given_at timestamptz not null,
    intake_held     boolean not null default false,
    extract_seen    boolean,
    approved_at     timestamptz,
    approved_by     uuid references account (id),
    wants_to_stop   boolean not null default false
);
create index buddy_programme on buddy (programme_id);
create index buddy_account on buddy (account_id);
create unique index buddy_email_per_programme on buddy (programme_id, lower(email));

-- The waiting list: each participant's date of entry stays when a pair ends early and they wait again.
create table waiting_entry (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    programme_id    uuid not null references programme (id),
    participant_id  uuid not null references participant (id),
    entered_on      date not null,
    intake_id       uuid not null references intake (id),
    status          text not null
);
create unique index waiting_entry_once on waiting_entry (programme_id, participant_id);

-- One start of the matching per row; its phase is written as it goes, so a coordinator sees the progress.
create table matching_run (
    id              uuid primary key,
    seq             bigint generated always as identity,
    organisation_id uuid not null references organisation (id),
    programme_id    uuid not null references programme (id),
    started_at      timestamptz not null,
    started_by      uuid not null references account (id),
    phase           text not null,
    outcome         text,
    message         text,
    message_detail  text,
    finished_at     timestamptz
);
create index matching_run_programme on matching_run (programme_id, seq desc);

create table buddy_pair (
    id                     uuid primary key,
    organisation_id        uuid not null references organisation (id),
    programme_id           uuid not null references programme (id),
    waiting_entry_id       uuid not null references waiting_entry (id),
    participant_id         uuid not null references participant (id),
    buddy_id               uuid not null references buddy (id),
    run_id                 uuid references matching_run (id),
    status                 text not null,
    score                  numeric(12, 3) not null,
    fixed_by_coordinator   boolean not null,
    proposed_at            timestamptz not null,
    decided_at             timestamptz,
    decided_by             uuid references account (id),
    reject_reason          text,
    shared_name            text,
    buddy_agreed_at        timestamptz,
    participant_agreed_at  timestamptz,
    participant_agreed_recorded_by uuid references account (id),
    started_on             date,
    ended_on               date,
    end_reason             text
);
create index buddy_pair_programme on buddy_pair (programme_id, status);
create index buddy_pair_buddy on buddy_pair (buddy_id);

-- Why a pair was proposed: the parts of its score, which add up to it.
create table buddy_pair_reason (
    pair_id         uuid not null references buddy_pair (id),
    organisation_id uuid not null references organisation (id),
    position        integer not null,
    criterion       text not null,
    points          numeric(12, 3) not null,
    reason          text not null,
    primary key (pair_id, position)
);

create table pair_meeting (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    pair_id         uuid not null references buddy_pair (id),
    met_on          date not null,
    note            text,
    logged_by       uuid not null references account (id),
    logged_at       timestamptz not null
);
create index pair_meeting_pair on pair_meeting (pair_id, met_on desc);

do $$
declare
    t text;
begin
    foreach t in array array['programme', 'programme_coordinator', 'intake', 'buddy', 'waiting_entry', 'matching_run',
                             'buddy_pair', 'buddy_pair_reason', 'pair_meeting'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = brugwerk_current_organisation()) '
                       'with check (organisation_id = brugwerk_current_organisation())', t);
    end loop;
end $$;
grant select, insert, update on programme, intake, buddy, waiting_entry, matching_run, buddy_pair, pair_meeting
    to ${app_role};
grant select, insert, delete on programme_coordinator, buddy_pair_reason to ${app_role};
grant delete on buddy_pair to ${app_role};

-- The public sign-up form is used before anyone is known: this narrow function, running as the owner, tells
-- only a programme's organisation and name from its id. It returns nothing else.
create function brugwerk_programme_for_signup(programme uuid)
    returns table (organisation_id uuid, name text)
    language sql stable security definer set search_path = public, pg_temp
    as $$ select p.organisation_id, p.name from programme p where p.id = programme $$;
revoke all on function brugwerk_programme_for_signup(uuid) from public;
grant execute on function brugwerk_programme_for_signup(uuid) to ${app_role};

-- Outside row-level security, like login_failure: sign-ups are counted before anyone is known, per address.
-- The key is a hash; no address is stored.
create table signup_attempt (
    key             text primary key,
    attempts        integer not null,
    window_start    timestamptz not null
);
grant select, insert, update, delete on signup_attempt to ${app_role};
