package be.brugwerk.coaching.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one administration of the De Jong Gierveld scale: the number of lonely answers in total and
 * per subscale, each missing with a reason where the version's {@link MissingDataRule} says so, and the items
 * left unanswered (a 6-item total with one unanswered item is counted over the five answered ones). The
 * categories are derived from the scores by the version's cut-offs and are group-level conventions
 * ({@link LonelinessCategory}). Immutable.
 *
 * @param scale the version scored
 * @param total the lonely answers among all items
 * @param emotional the lonely answers among the emotional items
 * @param social the lonely answers among the social items
 * @param unanswered the items left unanswered, in the form's order
 */
public record LonelinessResult(
        LonelinessScale scale, Score total, Score emotional, Score social, List<LonelinessItem> unanswered)
        implements Measurement {

    public LonelinessResult {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(emotional, "emotional");
        Objects.requireNonNull(social, "social");
        total.requireAtMost(scale.maximumTotal(), "The total of the " + scale + " version");
        emotional.requireAtMost(scale.maximumOf(Subscale.EMOTIONAL), "The emotional subscale of " + scale);
        social.requireAtMost(scale.maximumOf(Subscale.SOCIAL), "The social subscale of " + scale);
        unanswered = List.copyOf(unanswered);
        unanswered.forEach(scale::numberOf); // refuses an item of the other version
    }

    @Override
    public Instrument instrument() {
        return scale.instrument();
    }

    @Override
    public Map<Subscale, Score> subscales() {
        Map<Subscale, Score> subscales = new LinkedHashMap<>();
        subscales.put(Subscale.EMOTIONAL, emotional);
        subscales.put(Subscale.SOCIAL, social);
        return Collections.unmodifiableMap(subscales);
    }

    /**
     * The message key of the note that the total was counted over the answered items, present when the total
     * stands although an item is unanswered (the 6-item manual rule):
     * {@code de-jong-gierveld-6.total.counted-over-five}.
     */
    public Optional<String> totalNoteKey() {
        return total.isMissing() || unanswered.isEmpty()
                ? Optional.empty()
                : Optional.of(scale.instrument().key() + ".total.counted-over-five");
    }

    /** The category of the total, empty when the total is missing; show it to staff with its note. */
    public Optional<LonelinessCategory> totalCategory() {
        return total.points().isPresent()
                ? Optional.of(scale.totalCategory(total.points().getAsInt()))
                : Optional.empty();
    }

    /** The category of a subscale, empty when it is missing; show it to staff with its note. */
    public Optional<LonelinessCategory> subscaleCategory(Subscale subscale) {
        Score score = subscales().get(subscale);
        if (score == null) {
            throw new IllegalArgumentException(subscale + " is not a subscale of the " + scale + " version");
        }
        return score.points().isPresent()
                ? Optional.of(scale.subscaleCategory(subscale, score.points().getAsInt()))
                : Optional.empty();
    }
}
