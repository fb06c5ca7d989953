package be.brugwerk.network;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable, dated version of a map: taken by hand (a snapshot), when a coaching session is logged, or before
 * an import.
 */
public record VersionSummary(UUID id, Instant takenAt, Reason reason) {

    public enum Reason {
        SNAPSHOT,
        SESSION,
        IMPORT
    }
}
