package be.brugwerk.system.security;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * All a session remembers of a sign-in: whose account, and since when. Who that account is (organisation, role,
 * name), and whether it may still act, is read from the account on every request.
 */
record SessionSignIn(UUID accountId, Instant signedInAt) {

    SessionSignIn {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(signedInAt, "signedInAt");
    }
}
