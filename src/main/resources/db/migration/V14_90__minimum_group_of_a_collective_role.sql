-- A collective role states the smallest group that starts it (issue 14, point 4): from 2 to its capacity. A role that
-- is not collective has none. Roles already collective start with a group of two, the least a collective role took.
-- See docs/roles.md, "A group takes a collective role".
alter table valued_role add column minimum_group integer;

update valued_role set minimum_group = 2 where collective;

alter table valued_role add constraint valued_role_minimum_group check (
    (collective and minimum_group between 2 and capacity) or (not collective and minimum_group is null));
