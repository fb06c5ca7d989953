package be.brugwerk.network.analysis;

import java.util.Objects;

/**
 * How one support function is carried on the map. The direction counts cover the informal members,
 * since a rich network fills its functions with different people of the natural network, exchanging
 * support both ways.
 *
 * @param function the support function
 * @param informalMembers distinct informal members involved in it, in any direction
 * @param receives informal members from whom the participant only receives it
 * @param gives informal members to whom the participant only gives it
 * @param both informal members with whom it goes both ways
 * @param formalMembers distinct formal members (professionals) involved in it
 */
public record FunctionSupport(
        SupportFunction function, int informalMembers, int receives, int gives, int both, int formalMembers) {

    public FunctionSupport {
        Objects.requireNonNull(function, "function");
        if (receives + gives + both != informalMembers) {
            throw new IllegalArgumentException(
                    "The directions of " + function + " do not add up to " + informalMembers + " informal members");
        }
    }

    /** Who carries this function. */
    public Coverage coverage() {
        if (informalMembers > 0) {
            return Coverage.INFORMAL;
        }
        return formalMembers > 0 ? Coverage.PROFESSIONAL_ONLY : Coverage.NOBODY;
    }
}
