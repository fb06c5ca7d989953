-- Follow-up of pairs: short check-ins at the programme's interval (the buddy is reminded in the app when one is
-- due; a low score signals the coordinator), and the coordinator's coaching notes on a pair.

alter table programme add column checkin_interval_days integer not null default 14 check (checkin_interval_days >= 1);

create table pair_checkin (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    pair_id         uuid not null references buddy_pair (id),
    checked_on      date not null,
    score           integer not null check (score between 1 and 5),
    comment         text,
    given_by        uuid not null references account (id),
    given_at        timestamptz not null
);
create index pair_checkin_pair on pair_checkin (pair_id, checked_on desc);

create table pair_note (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    pair_id         uuid not null references buddy_pair (id),
    written_on      date not null,
    note            text not null,
    written_by      uuid not null references account (id),
    written_at      timestamptz not null
);
create index pair_note_pair on pair_note (pair_id, written_at desc);

do $$
declare
    t text;
begin
    foreach t in array array['pair_checkin', 'pair_note'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy organisation_isolation on %I using (organisation_id = brugwerk_current_organisation()) '
                       'with check (organisation_id = brugwerk_current_organisation())', t);
    end loop;
end $$;
grant select, insert on pair_checkin, pair_note to ${app_role};
