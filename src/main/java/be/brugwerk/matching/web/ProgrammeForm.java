package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.matching.programme.ProgrammeSettings;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.system.MultiLine;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** The programme form, every field as typed (a binding failure would empty the form). */
record ProgrammeForm(
        String name,
        @MultiLine String intakeQuestions,
        String weightLanguage,
        String weightInterests,
        String weightProximity,
        String weightAvailability,
        String weightPreferences,
        String waitingDays,
        String waitingPoints,
        String expectedDurationWeeks,
        String maxCapacity,
        Boolean extractRequired,
        Boolean mustShareLanguage,
        String maxDistanceKm,
        String genderWishes,
        Boolean ageWishesAllowed,
        String checkInIntervalDays,
        String version) {

    static ProgrammeForm empty() {
        return new ProgrammeForm(
                "",
                "",
                "30",
                "20",
                "20",
                "20",
                "10",
                "30",
                "10",
                "26",
                "1",
                false,
                true,
                "10",
                GenderWishes.AS_PREFERENCE.name(),
                true,
                "14",
                "0");
    }

    static ProgrammeForm of(ProgrammeView programme) {
        ProgrammeSettings s = programme.settings();
        return new ProgrammeForm(
                s.name(),
                s.intakeQuestions(),
                plain(s.weights().language()),
                plain(s.weights().interests()),
                plain(s.weights().proximity()),
                plain(s.weights().availability()),
                plain(s.weights().preferences()),
                Integer.toString(s.waiting().days()),
                plain(s.waiting().points()),
                Integer.toString(s.expectedDurationWeeks()),
                Integer.toString(s.maxCapacity()),
                s.extractRequired(),
                s.mustShareLanguage(),
                plain(s.maxDistanceKm()),
                s.genderWishes().name(),
                s.ageWishesAllowed(),
                Integer.toString(s.checkInIntervalDays()),
                Integer.toString(programme.version()));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The version the form was read at; -1 for a tampered one, which can only conflict. */
    int readVersion() {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    /** The settings, or null with the errors named per field. */
    ProgrammeSettings settings(Errors errors) {
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.rejectValue("name", "matching.programme.name.required");
        }
        double language = points(errors, "weightLanguage", weightLanguage);
        double interests = points(errors, "weightInterests", weightInterests);
        double proximity = points(errors, "weightProximity", weightProximity);
        double availability = points(errors, "weightAvailability", weightAvailability);
        double preferences = points(errors, "weightPreferences", weightPreferences);
        double waitingPointsValue = points(errors, "waitingPoints", waitingPoints);
        int days = whole(errors, "waitingDays", waitingDays, 1, 3650);
        int weeks = whole(errors, "expectedDurationWeeks", expectedDurationWeeks, 1, 520);
        int capacity = whole(errors, "maxCapacity", maxCapacity, 1, Buddy.MAX_CAPACITY);
        int checkIns = whole(errors, "checkInIntervalDays", checkInIntervalDays, 1, 365);
        double distance = points(errors, "maxDistanceKm", maxDistanceKm);
        if (!errors.hasFieldErrors("maxDistanceKm") && distance <= 0) {
            errors.rejectValue("maxDistanceKm", "matching.programme.distance.positive");
        }
        GenderWishes wishes = GenderWishes.IGNORED;
        try {
            wishes = GenderWishes.valueOf(genderWishes);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("genderWishes", "matching.programme.genderWishes.choose");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProgrammeSettings(
                name,
                intakeQuestions,
                new CriterionWeights(language, interests, proximity, availability, preferences),
                new WaitingTradeOff(days, waitingPointsValue),
                weeks,
                capacity,
                Boolean.TRUE.equals(extractRequired),
                Boolean.TRUE.equals(mustShareLanguage),
                distance,
                wishes,
                Boolean.TRUE.equals(ageWishesAllowed),
                checkIns);
    }

    /** A number of points with at most 3 decimals, 0 to 1000. */
    static double points(Errors errors, String field, String typed) {
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace(',', '.'));
            if (value.signum() >= 0
                    && value.compareTo(BigDecimal.valueOf(1000)) <= 0
                    && value.stripTrailingZeros().scale() <= 3) {
                return value.doubleValue();
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        errors.rejectValue(field, "matching.number.points");
        return 0;
    }

    static int whole(Errors errors, String field, String typed, int min, int max) {
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        errors.rejectValue(
                field, "matching.number.whole", new Object[] {Integer.toString(min), Integer.toString(max)}, null);
        return min;
    }
}
