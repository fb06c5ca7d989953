package be.brugwerk.coaching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Schalock self-rating as INSTRUMENTS.md describes it: not a validated instrument, one question per domain
 * answered 1 (very dissatisfied) to 5 (very satisfied), no total and no category.
 */
class SchalockSelfRatingUnitTests {

    @Test
    void holdsNoRatingWhenNothingIsAnswered() {
        SchalockSelfRating rating = new SchalockSelfRating(Map.of());

        assertThat(rating.unanswered()).containsExactly(QualityOfLifeDomain.values());
        assertThat(rating.rating(QualityOfLifeDomain.RIGHTS)).isEmpty();
    }

    @Test
    void saysItIsNotValidated() {
        SchalockSelfRating rating = new SchalockSelfRating(Map.of(QualityOfLifeDomain.SOCIAL_INCLUSION, 4));

        assertThat(rating.validated()).isFalse();
        assertThat(rating.instrument()).isEqualTo(Instrument.SCHALOCK_SELF_RATING);
        assertThat(Instrument.SCHALOCK_SELF_RATING.validated()).isFalse();
        assertThat(Instrument.SCHALOCK_SELF_RATING.subscales()).isEmpty();
    }

    @Test
    void keepsTheEightAnswersSideBySide() {
        Map<QualityOfLifeDomain, Integer> answers = Map.of(
                QualityOfLifeDomain.PHYSICAL_WELL_BEING,
                1,
                QualityOfLifeDomain.SELF_DETERMINATION,
                2,
                QualityOfLifeDomain.EMOTIONAL_WELL_BEING,
                3,
                QualityOfLifeDomain.INTERPERSONAL_RELATIONS,
                4,
                QualityOfLifeDomain.SOCIAL_INCLUSION,
                5,
                QualityOfLifeDomain.PERSONAL_DEVELOPMENT,
                1,
                QualityOfLifeDomain.MATERIAL_WELL_BEING,
                2,
                QualityOfLifeDomain.RIGHTS,
                3);

        SchalockSelfRating selfRating = new SchalockSelfRating(answers);

        assertThat(selfRating.unanswered()).isEmpty();
        assertThat(selfRating.rating(QualityOfLifeDomain.PHYSICAL_WELL_BEING)).hasValue(1);
        assertThat(selfRating.rating(QualityOfLifeDomain.PERSONAL_DEVELOPMENT)).hasValue(1);
        assertThat(selfRating.rating(QualityOfLifeDomain.SOCIAL_INCLUSION)).hasValue(5);
        assertThat(selfRating.ratings()).hasSize(8);
    }

    @Test
    void acceptsBothEndsOfTheScale() {
        SchalockSelfRating rating = new SchalockSelfRating(
                Map.of(QualityOfLifeDomain.RIGHTS, 1, QualityOfLifeDomain.SELF_DETERMINATION, 5));

        assertThat(rating.rating(QualityOfLifeDomain.RIGHTS)).hasValue(SchalockSelfRating.VERY_DISSATISFIED);
        assertThat(rating.rating(QualityOfLifeDomain.SELF_DETERMINATION)).hasValue(SchalockSelfRating.VERY_SATISFIED);
        assertThat(rating.unanswered()).hasSize(6).doesNotContain(QualityOfLifeDomain.RIGHTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void refusesARatingOutsideOneToFive(int outside) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SchalockSelfRating(Map.of(QualityOfLifeDomain.MATERIAL_WELL_BEING, outside)))
                .withMessageContaining("MATERIAL_WELL_BEING")
                .withMessageContaining(String.valueOf(outside));
    }

    @Test
    void refusesARatingThatIsNull() {
        Map<QualityOfLifeDomain, Integer> answers = new HashMap<>();
        answers.put(QualityOfLifeDomain.EMOTIONAL_WELL_BEING, null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SchalockSelfRating(answers))
                .withMessageContaining("EMOTIONAL_WELL_BEING");
    }

    @Test
    void keepsTheRatingsItWasGiven() {
        Map<QualityOfLifeDomain, Integer> answers = new EnumMap<>(QualityOfLifeDomain.class);
        answers.put(QualityOfLifeDomain.RIGHTS, 3);
        SchalockSelfRating rating = new SchalockSelfRating(answers);

        answers.put(QualityOfLifeDomain.RIGHTS, 5);

        assertThat(rating.rating(QualityOfLifeDomain.RIGHTS)).hasValue(3);
    }
}
