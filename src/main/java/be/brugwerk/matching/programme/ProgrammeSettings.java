package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.ProgrammeRules;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.system.Refusal;
import java.util.Objects;

/**
 * What a coordinator sets for a buddy programme.
 *
 * @param name e.g. "Buddies for newcomers – practise Dutch"
 * @param intakeQuestions the programme's own intake questions, one per line, or null
 * @param weights points per fit criterion
 * @param waiting "{@code days} days of waiting weigh as much as {@code points} points of fit"
 * @param expectedDurationWeeks how long a pair is expected to run
 * @param maxCapacity how many participants one buddy may take on: 1 to 3
 * @param extractRequired whether a criminal-record extract must have been seen before a buddy is matched
 * @param mustShareLanguage whether a pair must share a language
 * @param maxDistanceKm the largest known distance in a pair
 * @param genderWishes whether gender wishes are asked, and whether they are preferences or requirements
 * @param ageWishesAllowed whether age wishes and age limits are asked
 * @param checkInIntervalDays how often a buddy is asked for a short check-in of a running pair
 */
public record ProgrammeSettings(
        String name,
        String intakeQuestions,
        CriterionWeights weights,
        WaitingTradeOff waiting,
        int expectedDurationWeeks,
        int maxCapacity,
        boolean extractRequired,
        boolean mustShareLanguage,
        double maxDistanceKm,
        GenderWishes genderWishes,
        boolean ageWishesAllowed,
        int checkInIntervalDays) {

    public ProgrammeSettings {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new Refusal("name", "matching.programme.name.required");
        }
        name = name.strip();
        intakeQuestions = intakeQuestions == null || intakeQuestions.isBlank() ? null : intakeQuestions.strip();
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(genderWishes, "genderWishes");
        if (expectedDurationWeeks < 1) {
            throw new Refusal("expectedDurationWeeks", "matching.number.whole", "1", "520");
        }
        if (checkInIntervalDays < 1) {
            throw new Refusal("checkInIntervalDays", "matching.number.whole", "1", "365");
        }
        if (maxCapacity < 1 || maxCapacity > Buddy.MAX_CAPACITY) {
            throw new Refusal("maxCapacity", "matching.number.whole", "1", Integer.toString(Buddy.MAX_CAPACITY));
        }
    }

    /** The rules the engine matches by. */
    public ProgrammeRules rules() {
        return new ProgrammeRules(weights, waiting, mustShareLanguage, maxDistanceKm, genderWishes);
    }
}
