-- Optimistic versions for every coaching row two people can edit at once (docs/coaching.md, "Two people at once"):
-- an update names the version it read (update ... where version = ?); a stale one is refused with 409, never
-- saved over the other's work. The trajectory itself already has one (closing, handing over).
alter table trajectory_step add column version integer not null default 0;
alter table coaching_action add column version integer not null default 0;
alter table round_table add column version integer not null default 0;
alter table outcome_measurement add column version integer not null default 0;
alter table coaching_settings add column version integer not null default 0;
alter table coaching_settings add column template_version integer not null default 0;
