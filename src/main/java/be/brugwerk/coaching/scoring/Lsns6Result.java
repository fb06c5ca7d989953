package be.brugwerk.coaching.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one administration of the LSNS-6: total 0-30, family and friends 0-15 each, each missing when
 * one of its questions is unanswered, and the risk of social isolation from the total and the threshold it was
 * scored with. Immutable.
 *
 * @param total the sum of the six answers' points
 * @param family the sum over questions 1-3
 * @param friends the sum over questions 4-6
 * @param atRiskBelow the threshold: a total below it is at risk
 * @param unanswered the questions left unanswered, in the form's order
 */
public record Lsns6Result(Score total, Score family, Score friends, int atRiskBelow, List<LsnsItem> unanswered)
        implements Measurement {

    public Lsns6Result {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(friends, "friends");
        total.requireAtMost(Lsns6Scoring.MAXIMUM_TOTAL, "The LSNS-6 total");
        family.requireAtMost(Lsns6Scoring.MAXIMUM_TOTAL / 2, "The LSNS-6 family subscale");
        friends.requireAtMost(Lsns6Scoring.MAXIMUM_TOTAL / 2, "The LSNS-6 friends subscale");
        Lsns6Scoring.requireThreshold(atRiskBelow);
        unanswered = List.copyOf(unanswered);
    }

    @Override
    public Instrument instrument() {
        return Instrument.LSNS_6;
    }

    @Override
    public Map<Subscale, Score> subscales() {
        Map<Subscale, Score> subscales = new LinkedHashMap<>();
        subscales.put(Subscale.FAMILY, family);
        subscales.put(Subscale.FRIENDS, friends);
        return Collections.unmodifiableMap(subscales);
    }

    /** At risk when the total is below {@link #atRiskBelow()}; empty when the total is missing. */
    public Optional<SocialIsolationRisk> risk() {
        if (total.points().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                total.points().getAsInt() < atRiskBelow
                        ? SocialIsolationRisk.AT_RISK
                        : SocialIsolationRisk.NOT_AT_RISK);
    }
}
