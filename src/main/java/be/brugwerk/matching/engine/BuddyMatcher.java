package be.brugwerk.matching.engine;

/**
 * Proposes participant-buddy pairs for a whole waiting list at once, many participants to one buddy up to
 * the buddy's capacity, each pair with an explanation of its score.
 */
public interface BuddyMatcher {

    /** Runs the matching, reporting each phase to {@code progress}; never returns null. */
    MatchingResult match(MatchingRequest request, MatchingProgress progress);

    /** Runs the matching without reporting progress. */
    default MatchingResult match(MatchingRequest request) {
        return match(request, MatchingProgress.NONE);
    }
}
