package be.brugwerk.roles.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One explained part of a proposal's score, to be said in the reader's language: the message is
 * {@code roles.reason.<CRITERION>.<fact>} in the bundles, with the arguments in order.
 *
 * @param criterion what the part measures
 * @param points its points, exact to 3 decimals; the parts of a proposal add up to its score
 * @param fact which kind of reason it is, e.g. {@code shared}, {@code none}, {@code unknown}
 * @param arguments the facts behind the reason, language-neutral: counts in plain notation, kilometres to one decimal
 *     with a dot, talents and languages as comma-separated codes (a page puts them in words)
 */
public record ReasonPart(RoleCriterion criterion, BigDecimal points, String fact, List<String> arguments) {

    public ReasonPart {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(fact, "fact");
        arguments = List.copyOf(arguments);
    }

    /** The key of the reason's message in the bundles. */
    public String messageKey() {
        return "roles.reason." + criterion + "." + fact;
    }
}
