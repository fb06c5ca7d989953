-- A programme's page shows its decided pairs (every status but a proposal) a page at a time, in the order they were
-- proposed (docs/query-plans.md, "The programme page at any size"). The index by programme and status serves one status
-- only; this partial one holds the decided pairs in page order, so a page reads its rows and stops.
create index buddy_pair_decided on buddy_pair (programme_id, proposed_at, id) where status <> 'PROPOSED';
