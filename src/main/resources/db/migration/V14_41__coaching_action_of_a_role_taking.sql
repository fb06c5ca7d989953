-- An action on a trajectory that records a valued role the participant started in (docs/roles.md): the taking it
-- came from, so that a reaction carried out twice adds it once.
alter table coaching_action add column role_taking_id uuid;
create unique index coaching_action_role_taking on coaching_action (trajectory_id, role_taking_id);
