-- Every list of buddy programmes is paged by keyset (docs/query-plans.md, "The lists of buddy programmes"): each list is
-- read from an index in its order, so a page costs what the first page costs and nothing is sorted.
-- The programme list: by name, then id, within the organisation.
create index programme_list_order on programme (organisation_id, name, id);
-- A programme's buddies: applicants, then approved buddies, each by name, then id. It replaces the index on
-- programme_id alone, which is its first column.
create index buddy_list_order on buddy (programme_id, status, name, id);
drop index buddy_programme;
-- A programme's pairs in every status, as proposed (the proposals of one status keep buddy_pair_programme).
create index buddy_pair_list_order on buddy_pair (programme_id, proposed_at, id);
-- A coordinator's programmes: their rows of programme_coordinator, found by account (the primary key starts with the
-- programme).
create index programme_coordinator_account on programme_coordinator (account_id, programme_id);
