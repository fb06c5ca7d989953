package be.brugwerk.system;

import java.util.UUID;

/**
 * A domain event that happened inside one organisation. Another module's listener reacts to it later, on another
 * thread and without a signed-in person, so the event names the organisation its reaction runs for: row-level
 * security then shows the listener that organisation's rows and no other. Events are stored as JSON in the event
 * publication registry until their listeners succeed, so they carry ids and facts, never names or other personal
 * data (docs/adr/0008-events-between-modules.md).
 */
public interface OrganisationEvent {

    /** The organisation the event happened in, and the one its reactions work for. */
    UUID organisationId();
}
