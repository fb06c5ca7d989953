-- Makes Regio-organisatie 01 of a COPY of the region data weigh a role matching run at scale (docs/region-scale.md,
-- "A role matching run's arrays"): 2,500 more participants with PROCESSING and MATCHING consent (3,000 in all), a
-- talent card sharing one of five talents and a place for each of the 2,750 with a MATCHING consent, and 20 actors
-- with 3 open roles each. The region data have no talent cards and no roles of their own. Never run on the original:
--   PGPASSWORD=$(cat COPY/secrets/postgres.password) psql -h localhost -p PORT -U postgres -d brugwerk \
--       -v ON_ERROR_STOP=1 -f scripts/bench/role_proposals_seed.sql
begin;
create temp table o as select id, (select id from account a where a.organisation_id = organisation.id and a.email like 'coordinator1@%') coord from organisation where name = 'Regio-organisatie 01';
select * from o;
-- 2500 more participants with processing + matching consent
create temp table np as select gen_random_uuid() id, g from generate_series(1,2500) g;
insert into participant (id, organisation_id, name, languages, created_at)
  select np.id, o.id, 'Schaaldeelnemer ' || g, '{Nederlands}', now() - (g || ' minutes')::interval from np, o;
insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at, recorded_by)
  select gen_random_uuid(), o.id, np.id, p, '{VOLUNTEER_COACH}', now(), o.coord from np, o, unnest(array['PROCESSING','MATCHING']) p;
-- talent cards for every participant with a matching consent
create temp table cards as select gen_random_uuid() vid, c.participant_id pid, row_number() over () n
  from consent c, o where c.organisation_id = o.id and c.purpose = 'MATCHING' and c.withdrawn_at is null;
insert into talent_card_version (id, organisation_id, participant_id, version, saved_at, saved_by)
  select vid, o.id, pid, 1, now(), o.coord from cards, o;
insert into talent_entry (organisation_id, version_id, position, kind, frame, talent, share, learn)
  select o.id, vid, 0, 'SKILL', 'HANDS', (array['REPAIRS','COOKING','GARDENING','COMPUTERS','MUSIC'])[1 + n % 5], true, false from cards, o;
insert into talent_entry (organisation_id, version_id, position, kind, frame, talent, share, learn)
  select o.id, vid, 1, 'SKILL', 'HANDS', (array['WELCOMING','CRAFTS','LANGUAGES'])[1 + n % 3], n % 2 = 0, n % 2 = 1 from cards, o;
insert into participant_place (id, organisation_id, participant_id, version, kind, name, latitude, longitude, located_by, going, changed_at, changed_by)
  select gen_random_uuid(), o.id, pid, 1, 'LIBRARY', 'Bib', 51.0 + (n % 97) / 1000.0, 3.70 + (n % 89) / 1000.0, 'PICKED', 'GOES', now(), o.coord from cards, o;
-- 20 actors, 3 open roles each
create temp table na as select gen_random_uuid() id, g from generate_series(1,20) g;
insert into neighbourhood_actor (id, organisation_id, version, source, name, kind, latitude, longitude, changed_at, changed_by)
  select na.id, o.id, 1, 'MANUAL', 'Schaalactor ' || g, 'MEETING_PLACE', 51.0 + g / 300.0, 3.70 + g / 300.0, now(), o.coord from na, o;
insert into valued_role (id, organisation_id, actor_id, version, title, talents, days, languages, capacity, collective, gains, learning, taken, closed, changed_at, changed_by)
  select gen_random_uuid(), o.id, na.id, 1, 'Schaalrol ' || g || '-' || k, array[(array['REPAIRS','COOKING','GARDENING','COMPUTERS','MUSIC'])[1 + (g + k) % 5]], '{}', '{nl}', 2 + (g + k) % 4, false, '{VALUED_ROLE}', '{}', 0, false, now(), o.coord
  from na, o, generate_series(1,3) k;
select (select count(*) from participant p, o where p.organisation_id = o.id) participants, (select count(*) from cards) cards, (select count(*) from valued_role r, o where r.organisation_id = o.id) roles;
commit;
