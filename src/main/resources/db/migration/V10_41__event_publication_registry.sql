-- Spring Modulith's event publication registry (docs/adr/0008-events-between-modules.md), in the shape its JDBC
-- repository 2.0.3 reads and writes (schema v2: status, attempts, last resubmission). Modulith's own schema
-- initialisation is off: the table is made here, by the owner, like every other table. Runs as the schema owner.
--
-- One row per event and listener, written in the transaction that publishes the event and deleted when the listener
-- has succeeded (completion mode delete); a row that stays is a reaction still to happen, resubmitted at start and
-- every minute. Events carry ids only (organisation, participant, pair), never names: the payload is stored as JSON.
--
-- No row-level security: the rows name their organisation inside the payload, and resubmission must find the
-- unfinished publications of every organisation. The application role reads and writes only this registry; what a
-- listener then does runs under the event's organisation (system.events.OrganisationOfEvent).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

grant select, insert, update, delete on event_publication to ${app_role};
