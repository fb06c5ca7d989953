-- Following up a role taking (docs/roles.md): how often a check-in is due (days, set when it starts; 14 unless the
-- coach says otherwise, as a buddy programme's default), and the day it was first known to hold: a check-in at least
-- eight weeks after its start. Set once; the small success on the trajectory names the taking it came from, so that a
-- reaction carried out twice adds it once.
alter table role_taking
    add column checkin_interval_days integer not null default 14 check (checkin_interval_days between 1 and 365),
    add column held_on date;

alter table coaching_success add column role_taking_id uuid;
create unique index coaching_success_role_taking on coaching_success (trajectory_id, role_taking_id);
