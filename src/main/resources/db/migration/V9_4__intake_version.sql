-- An intake can be corrected by the programme's coordinators; the version refuses a stale save (409) instead of
-- overwriting someone else's correction.
alter table intake add column version integer not null default 0;
