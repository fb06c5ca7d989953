package be.brugwerk.matching.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One explainable part of a pair's score.
 *
 * @param criterion what the part measures
 * @param points its points, exact to 3 decimals; the parts of a pair add up to its score
 * @param reason a short English reason for logs and the command line, e.g. "shares 2 of 5 interests: cooking, football"
 * @param fact which kind of reason it is, so that a page can say it in its reader's language (see {@link #fact()})
 * @param arguments the facts behind the reason, language-neutral: numbers in plain notation, languages as codes,
 *        levels and weekly moments as enum names ({@code MONDAY:MORNING})
 */
public record ScorePart(Criterion criterion, BigDecimal points, String reason, String fact, List<String> arguments) {

    /** Facts per criterion, with their arguments. */
    public static final String SHARED = "shared";

    public static final String NONE = "none";
    public static final String UNKNOWN = "unknown";

    /** PROXIMITY measured along a straight line between both points [km to one decimal]. */
    public static final String STRAIGHT_LINE = "straightLine";

    /** PROXIMITY without both points, from the same neighbourhood name (counted as 0 km) []. */
    public static final String SAME_NEIGHBOURHOOD = "sameNeighbourhood";

    public ScorePart {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fact, "fact");
        arguments = List.copyOf(arguments);
    }
}
