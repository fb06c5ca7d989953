package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A taking of a valued role holds: a check-in found it still going at least eight weeks after its start, for the first
 * time. Ids and the check-in's date only (never its note, which is free text): it is stored as JSON until every module
 * that reacts to it has done so.
 *
 * @param heldOn the date of that check-in
 */
public record RoleTakingHeld(
        UUID organisationId, UUID takingId, ParticipantId participant, UUID roleId, LocalDate heldOn)
        implements OrganisationEvent {}
