-- The trajectory list shows each row's current step: the first step, by position and id, that is neither done nor
-- skipped (StepStatus.finished). Read by trajectory_step_trajectory, PostgreSQL fetched all of a trajectory's steps and
-- sorted them, 0.016 ms a row; this partial index holds the unfinished steps in that order with what the list shows,
-- so each row is the first entry of one index-only scan (0.004 ms a row; docs/region-scale.md, "The trajectory list's
-- rows", and docs/query-plans.md). The predicate must name the finished statuses as the list's query does.
create index trajectory_step_current on trajectory_step (trajectory_id, position, id)
    include (organisation_id, default_step, name)
    where status not in ('DONE', 'SKIPPED');
