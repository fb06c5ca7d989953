package be.brugwerk.matching.programme;

import java.util.UUID;

/** A programme as its coordinators see it. */
public record ProgrammeView(UUID id, ProgrammeSettings settings, int version) {}
