-- When a step was last saved (its status or notes), so that a coach's home can tell a stalled trajectory: one whose
-- steps and actions have not moved for 30 days. Steps saved before this column existed count from the trajectory's
-- start.
alter table trajectory_step add column changed_on date;
