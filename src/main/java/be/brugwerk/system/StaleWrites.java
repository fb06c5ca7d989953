package be.brugwerk.system;

import java.util.function.IntSupplier;

/**
 * How the JSON API writes something that was read at a version (a trajectory's step, a programme's settings, an
 * intake, the organisation's step plan): the version is required, and a stale one answers 409 with the version stored now in
 * {@code currentVersion}, so that a script can read what changed and write again knowingly, never overwriting it
 * blindly.
 */
public final class StaleWrites {

    /** What the OpenAPI document says of every such write. */
    public static final String STALE =
            "A version that is not the one stored answers 409 with the stored one in currentVersion.";

    private StaleWrites() {}

    /**
     * The version the script read, sent as a number (or its text, as the pages' forms send it); without one, or with
     * one that is no whole number, nothing is written and the problem names the field.
     */
    public static int required(String version) {
        if (version == null || version.isBlank()) {
            throw new Refusal("version", "input.version.required");
        }
        if (!version.strip().matches("\\d{1,9}")) {
            throw Refusal.tampered("version", "input.version.required");
        }
        return Integer.parseInt(version.strip());
    }

    /**
     * Does the write; when someone changed the thing since, the conflict names the version stored now, which the
     * API's 409 problem holds in {@code currentVersion}.
     */
    public static void write(Runnable write, IntSupplier currentVersion) {
        try {
            write.run();
        } catch (VersionConflict conflict) {
            throw conflict.storedAt(currentVersion.getAsInt());
        }
    }
}
