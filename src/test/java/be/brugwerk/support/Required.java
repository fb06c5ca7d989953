package be.brugwerk.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a part this machine may lack (a browser, a separate PostgreSQL server). On a developer's
 * machine they are skipped with the reason; where the given environment variable is {@code true} — as
 * {@code .ci/run} sets it — a missing part fails the build instead.
 */
public final class Required {

    private Required() {}

    public static void availableOrSkip(String requiringVariable, boolean available, String what) {
        if (available) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv(requiringVariable))) {
            Assertions.fail(what + " is not available, and " + requiringVariable + "=true requires it");
        }
        Assumptions.abort(what + " is not available; set it up to run these tests");
    }
}
