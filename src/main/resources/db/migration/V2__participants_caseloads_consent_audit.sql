-- Participants, who works with them, on what legal basis, and who read or changed what.

create table participant (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            text not null,
    birth_year      integer,
    languages       text[] not null default '{}',
    municipality    text,
    neighbourhood   text,
    life_situation  text,
    transitions     text[] not null default '{}',
    archived_at     timestamptz,
    created_at      timestamptz not null,
    version         integer not null default 0
);
create index participant_organisation on participant (organisation_id);
alter table participant enable row level security;
create policy organisation_isolation on participant
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, update on participant to ${app_role};

-- The caseload: which professionals and volunteer coaches work with which participant.
create table caseload_assignment (
    organisation_id uuid not null references organisation (id),
    participant_id  uuid not null references participant (id),
    account_id      uuid not null references account (id),
    assigned_at     timestamptz not null,
    assigned_by     uuid not null references account (id),
    primary key (participant_id, account_id)
);
create index caseload_by_account on caseload_assignment (account_id);
alter table caseload_assignment enable row level security;
create policy organisation_isolation on caseload_assignment
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, delete on caseload_assignment to ${app_role};

-- The legal basis an organisation relies on, per purpose of processing.
create table legal_basis (
    organisation_id uuid not null references organisation (id),
    purpose         text not null,
    basis           text not null,
    primary key (organisation_id, purpose)
);
alter table legal_basis enable row level security;
create policy organisation_isolation on legal_basis
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, update on legal_basis to ${app_role};

-- What a participant agreed to, when, recorded by whom; withdrawing keeps the record and dates it.
create table consent (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    participant_id  uuid not null references participant (id),
    purpose         text not null,
    shared_with     text[] not null default '{}',
    given_at        timestamptz not null,
    recorded_by     uuid not null references account (id),
    withdrawn_at    timestamptz,
    withdrawn_by    uuid references account (id)
);
create index consent_participant on consent (participant_id);
create unique index consent_one_current on consent (participant_id, purpose) where withdrawn_at is null;
alter table consent enable row level security;
create policy organisation_isolation on consent
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert, update on consent to ${app_role};

-- The audit trail: ids only, never names. The application may add rows and read them, never change or
-- remove one.
create table audit_event (
    id              bigint generated always as identity primary key,
    organisation_id uuid not null references organisation (id),
    occurred_at     timestamptz not null,
    account_id      uuid not null,
    action          text not null,
    subject_type    text not null,
    subject_ids     uuid[] not null
);
create index audit_event_organisation_time on audit_event (organisation_id, occurred_at desc);
alter table audit_event enable row level security;
create policy organisation_isolation on audit_event
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());
grant select, insert on audit_event to ${app_role};
