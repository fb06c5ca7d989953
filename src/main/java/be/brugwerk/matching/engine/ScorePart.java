package be.brugwerk.matching.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One explainable part of a pair's score.
 *
 * @param criterion what the part measures
 * @param points its points, exact to 3 decimals; the parts of a pair add up to its score
 * @param reason a short English reason for a coordinator, e.g. "shares 2 of 5 interests: cooking, football"
 */
public record ScorePart(Criterion criterion, BigDecimal points, String reason) {

    public ScorePart {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
    }
}
