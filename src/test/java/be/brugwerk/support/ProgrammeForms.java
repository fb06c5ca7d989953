package be.brugwerk.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The forms of a buddy programme as a coordinator posts them, filled in with ordinary values; each answer is a new map
 * the test may change (a field set otherwise, a field added) before posting it.
 */
public final class ProgrammeForms {

    private ProgrammeForms() {}

    /**
     * A programme's settings: language weighs 30, interests, proximity and availability 20 each, preferences 10; ten
     * points for every 30 days waited; pairs of 26 weeks; a buddy takes at most two participants, within 10 km; gender
     * wishes as a preference; a check-in every 14 days.
     */
    public static Map<String, String> settings(String name) {
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                name,
                "weightLanguage",
                "30",
                "weightInterests",
                "20",
                "weightProximity",
                "20",
                "weightAvailability",
                "20",
                "weightPreferences",
                "10",
                "waitingDays",
                "30",
                "waitingPoints",
                "10",
                "expectedDurationWeeks",
                "26",
                "maxCapacity",
                "2"));
        form.put("maxDistanceKm", "10");
        form.put("genderWishes", "AS_PREFERENCE");
        form.put("checkInIntervalDays", "14");
        return form;
    }

    /**
     * A buddy registered by the coordinator, with consent: a man of 51 who likes cooking and speaks Dutch natively,
     * taking {@code capacity} participants at once.
     */
    public static Map<String, String> buddy(String name, String email, String capacity) {
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                name,
                "email",
                email,
                "capacity",
                capacity,
                "consent",
                "true",
                "age",
                "51",
                "gender",
                "MAN",
                "interests",
                "koken"));
        form.putAll(IntakeLanguages.lines("nl", "NATIVE"));
        return form;
    }
}
