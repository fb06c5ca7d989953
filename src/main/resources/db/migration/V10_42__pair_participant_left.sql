-- What matching learned from people's events (docs/adr/0008-events-between-modules.md): the participant of an
-- accepted or running pair withdrew their consent to matching, or was archived. The coordinator sees it as a signal
-- and ends the pair with them. Runs as the schema owner; the application role already updates buddy_pair.
alter table buddy_pair add column participant_consent_withdrawn_at timestamptz;
alter table buddy_pair add column participant_archived_at timestamptz;
