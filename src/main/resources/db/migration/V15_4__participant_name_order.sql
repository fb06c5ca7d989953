-- The choices searched by name (whom to start a trajectory for, whom to put on a waiting list, whom to propose for a
-- role group) read the first few workable participants in name order. Without an index in that order PostgreSQL read
-- every participant of the organisation, checked each one's consent and sorted them all to keep 21: on region data
-- 450 rows, 1,826 buffers, 7.4 ms for a coordinator of org01. In this order the scan stops after the rows it needs:
-- 21 rows, 107 buffers, 1.6 ms (docs/region-scale.md, "The choices by name in name order"). Partial like the
-- choices' condition: an archived participant is never offered.
create index participant_name_order on participant (organisation_id, lower(name), id)
    where archived_at is null;
