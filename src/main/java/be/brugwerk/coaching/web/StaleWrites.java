package be.brugwerk.coaching.web;

import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.util.function.IntSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * How the trajectory API writes something that was read at a version (a step, an action, agreements, the trajectory
 * itself): the version is required, and a stale one answers 409 with the version stored now in
 * {@code currentVersion}, so that a script can read what changed and write again knowingly, never overwriting it
 * blindly.
 */
final class StaleWrites {

    private StaleWrites() {}

    /**
     * The version the script read, sent as a number (or its text, as the pages' forms send it); without one, or with
     * one that is no whole number, nothing is written and the problem names the field.
     */
    static int required(String version) {
        if (version == null || version.isBlank()) {
            throw new Refusal("version", "input.version.required");
        }
        if (!version.strip().matches("\\d{1,9}")) {
            throw Refusal.tampered("version", "input.version.required");
        }
        return Integer.parseInt(version.strip());
    }

    /** Does the write; when someone changed the thing since, answers 409 with {@code currentVersion} read now. */
    static void write(Runnable write, IntSupplier currentVersion) {
        try {
            write.run();
        } catch (VersionConflict conflict) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
            problem.setProperty("currentVersion", currentVersion.getAsInt());
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, conflict);
        }
    }
}
