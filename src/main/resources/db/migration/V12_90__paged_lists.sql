-- The participant list and the trajectory list are paged newest first by keyset (docs/query-plans.md, "Paged lists"):
-- each gets an index in its page order after the organisation, so a page reads one page of index entries instead of
-- sorting the organisation's rows. The participant list shows only participants not archived.
create index participant_list_order on participant (organisation_id, created_at desc, id desc) where archived_at is null;
create index trajectory_list_order on trajectory (organisation_id, started_on desc, id desc);
