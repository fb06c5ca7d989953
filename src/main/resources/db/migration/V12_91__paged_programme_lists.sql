-- A programme's page shows its waiting list (first come first, by date of entry and participant) and its proposals
-- (as proposed, by time and id) a page at a time by keyset (docs/query-plans.md, "Paged lists"). The proposals' index
-- extends the one by programme and status with the page order, which makes that one redundant.
create index waiting_entry_list_order on waiting_entry (programme_id, entered_on, participant_id);
drop index buddy_pair_programme;
create index buddy_pair_programme on buddy_pair (programme_id, status, proposed_at, id);
