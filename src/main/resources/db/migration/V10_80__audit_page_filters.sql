-- The audit page pages through an organisation's trail newest first, by (occurred_at, id), and filters it by staff
-- member, by action and by an id the row names (a participant's number). Each filter that narrows by a column gets an
-- index that also holds the page order, so a page deep in 100,000 rows reads one page of index entries; the ids a
-- row names are an array, which a GIN index answers (then sorted: one participant has few rows).
drop index audit_event_organisation_time;
create index audit_event_organisation_time on audit_event (organisation_id, occurred_at desc, id desc);
create index audit_event_account_time on audit_event (organisation_id, account_id, occurred_at desc, id desc);
create index audit_event_action_time on audit_event (organisation_id, action, occurred_at desc, id desc);
create index audit_event_subjects on audit_event using gin (subject_ids);
