-- A buddy pair of the participant, as coaching learned of it from matching's events (PairStarted, PairEnded; see
-- docs/adr/0008-events-between-modules.md): shown on the timeline of the trajectory that was open at the time. Ids and
-- dates only; the pair itself, with its names and reasons, stays in matching. Runs as the schema owner.
create table trajectory_buddy_pair (
    trajectory_id   uuid not null,
    organisation_id uuid not null references organisation (id),
    pair_id         uuid not null,
    started_on      date,
    ended_on        date,
    stopped_early   boolean,
    primary key (trajectory_id, pair_id),
    -- the trajectory must be of the same organisation (as every tenant reference since V10_30)
    foreign key (organisation_id, trajectory_id) references trajectory (organisation_id, id)
);
create index trajectory_buddy_pair_pair on trajectory_buddy_pair (pair_id);

alter table trajectory_buddy_pair enable row level security;
create policy organisation_isolation on trajectory_buddy_pair
    using (organisation_id = brugwerk_current_organisation())
    with check (organisation_id = brugwerk_current_organisation());

grant select, insert, update on trajectory_buddy_pair to ${app_role};
