-- Real buddy distances (issue 14.5): where a buddy lives, as a point, so that a matching run measures the straight-line
-- km between a participant's home (their place of kind HOME) and the buddy's. Picked on the map or found by address
-- through the organisation's own geocoder; the address itself is not kept, only the point and how it was found. The
-- point is changed with a version number that a change must name (a stale one is a 409). Without a point the run falls
-- back to the intake's neighbourhood name. See docs/matching-engine.md. RLS on buddy is already on (V9).
alter table buddy add column home_latitude double precision check (home_latitude between 49.40 and 51.60);
alter table buddy add column home_longitude double precision check (home_longitude between 2.40 and 6.50);
alter table buddy add column home_located_by text check (home_located_by in ('PICKED', 'GEOCODER'));
alter table buddy add column home_version integer not null default 0 check (home_version >= 0);
alter table buddy add column home_changed_at timestamptz;
alter table buddy add column home_changed_by uuid;
alter table buddy add constraint buddy_home_point_whole check (
    (home_latitude is null) = (home_longitude is null)
    and (home_latitude is null) = (home_located_by is null)
    and (home_latitude is null) = (home_changed_at is null)
    and (home_latitude is null) = (home_changed_by is null));
alter table buddy add constraint buddy_home_changed_by_account
    foreign key (organisation_id, home_changed_by) references account (organisation_id, id);
