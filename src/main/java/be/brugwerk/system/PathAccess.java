package be.brugwerk.system;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A controller whose paths name a thing (a participant, a trajectory, a programme, a pair): it says how the module
 * API decides whether the signed-in person may reach that thing, and Brugwerk asks before any of the request's input
 * is bound or validated, so that whoever may not reach it is refused (404, or 403 for a role that may not) whatever
 * they sent, never told what is wrong with their input (docs/adr/0006-one-authorisation-model.md). The check reads
 * only; it writes no audit row (the work itself does).
 */
public interface PathAccess {

    /**
     * Throws {@link NotFound} (or Spring Security's {@code AccessDeniedException}) unless the signed-in person may
     * reach what the path names. Called for every request to the controller, also those whose path names nothing.
     */
    void checkAccess(Path path);

    /** The variables of a request's path, by the names its mapping gives them ({@code /trajectories/{id}}). */
    record Path(Map<String, String> variables) {

        public Path {
            variables = Map.copyOf(variables);
        }

        /**
         * The id the path names under {@code name}, if it names one; an id that is not one names nothing there is,
         * which is the same answer as an id of something one may not reach: {@link NotFound}.
         */
        public Optional<UUID> id(String name) {
            String value = variables.get(name);
            if (value == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException notAnId) {
                throw new NotFound(name);
            }
        }
    }
}
