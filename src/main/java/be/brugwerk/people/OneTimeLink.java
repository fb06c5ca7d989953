package be.brugwerk.people;

import java.time.Instant;

/**
 * A link to set a password, to pass on to its person: shown once, stored only as a hash, valid until it
 * expires or is used.
 */
public record OneTimeLink(String path, Instant expiresAt) {}
