package be.brugwerk.coaching.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A self-rating on Schalock's eight quality-of-life domains. <strong>Not a validated instrument</strong>
 * ({@link #validated()} is false) and labelled so in the product: one question per domain, “How satisfied are
 * you with … lately?”, answered from 1 (very dissatisfied) to 5 (very satisfied) (docs/instruments.md, “Rules
 * Brugwerk follows”). It has no total, no subscales and no category: the eight answers are shown side by side
 * and over time, which is why this is not a {@link Measurement}. A domain may be left unanswered. A rating
 * outside 1 to 5 is refused with an {@link IllegalArgumentException} naming the domain. Immutable.
 *
 * @param ratings the rating per answered domain, 1 to 5
 */
public record SchalockSelfRating(Map<QualityOfLifeDomain, Integer> ratings) {

    /** 1: very dissatisfied. */
    public static final int VERY_DISSATISFIED = 1;
    /** 5: very satisfied. */
    public static final int VERY_SATISFIED = 5;

    /** The message key of the note that this is not a validated instrument, to show wherever it is shown. */
    public static final String NOT_VALIDATED_KEY = "instrument.schalock-self-rating.not-validated";

    public SchalockSelfRating {
        Objects.requireNonNull(ratings, "ratings");
        Map<QualityOfLifeDomain, Integer> checked = new EnumMap<>(QualityOfLifeDomain.class);
        ratings.forEach((domain, rating) -> {
            Objects.requireNonNull(domain, "domain");
            if (rating == null || rating < VERY_DISSATISFIED || rating > VERY_SATISFIED) {
                throw new IllegalArgumentException("Schalock self-rating, domain " + domain + ": " + rating
                        + " is not a rating from " + VERY_DISSATISFIED + " to " + VERY_SATISFIED);
            }
            checked.put(domain, rating);
        });
        ratings = Collections.unmodifiableMap(checked);
    }

    public Instrument instrument() {
        return Instrument.SCHALOCK_SELF_RATING;
    }

    /** Always false: this self-rating is not a validated instrument. */
    public boolean validated() {
        return instrument().validated();
    }

    /**
     * The message key of the label of a rating, e.g. {@code schalock-self-rating.rating.1}: only the ends,
     * 1 (very dissatisfied) and 5 (very satisfied), have one; empty for 2 to 4.
     */
    public static Optional<String> labelKey(int rating) {
        if (rating < VERY_DISSATISFIED || rating > VERY_SATISFIED) {
            throw new IllegalArgumentException(
                    rating + " is not a rating from " + VERY_DISSATISFIED + " to " + VERY_SATISFIED);
        }
        return rating == VERY_DISSATISFIED || rating == VERY_SATISFIED
                ? Optional.of(Instrument.SCHALOCK_SELF_RATING.key() + ".rating." + rating)
                : Optional.empty();
    }

    /** The rating of {@code domain}, empty when it was left unanswered. */
    public OptionalInt rating(QualityOfLifeDomain domain) {
        Integer rating = ratings.get(domain);
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    /** The domains left unanswered, in Schalock's order. */
    public List<QualityOfLifeDomain> unanswered() {
        return Stream.of(QualityOfLifeDomain.values())
                .filter(domain -> !ratings.containsKey(domain))
                .toList();
    }
}
