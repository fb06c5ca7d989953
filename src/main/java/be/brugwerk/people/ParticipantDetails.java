package be.brugwerk.people;

import be.brugwerk.system.Refusal;
import be.brugwerk.system.SpokenLanguages;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * What is registered about a participant. A first name or pseudonym is enough: everything else is optional,
 * because people decide what they share.
 */
public record ParticipantDetails(
        String name,
        Integer birthYear,
        List<String> languages,
        String municipality,
        String neighbourhood,
        String lifeSituation,
        Set<Transition> transitions) {

    public ParticipantDetails {
        if (name == null || name.isBlank()) {
            throw new Refusal("name", "participant.name.required");
        }
        name = name.strip();
        languages = languages == null
                ? List.of()
                : languages.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        transitions = transitions == null ? Set.of() : Set.copyOf(transitions);
        municipality = blankToNull(municipality);
        neighbourhood = blankToNull(neighbourhood);
        lifeSituation = blankToNull(lifeSituation);
    }

    /**
     * The most characters one language takes, stripped as it is kept: the rule for spoken languages
     * ({@link SpokenLanguages#LONGEST}), for the registration form and the API alike. Only the length is taken from it,
     * not how a language is written: a participant's languages are free text ({@code Nederlands (A2)}), and those
     * registered so far must stay editable.
     */
    public static final int LONGEST_LANGUAGE = SpokenLanguages.LONGEST;

    /**
     * The index in {@code languages} (as given, before blanks are left out) of the first that is longer than
     * {@link #LONGEST_LANGUAGE} once stripped; -1 when none is (or for null).
     */
    public static int firstTooLongLanguage(List<String> languages) {
        for (int i = 0; languages != null && i < languages.size(); i++) {
            String language = languages.get(i);
            if (language != null && language.strip().length() > LONGEST_LANGUAGE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses a language of {@code languages} longer than {@link #LONGEST_LANGUAGE}, naming {@code languages[i]} by its
     * index in the list as given: the API checks the list it was sent, and every registration and change checks the
     * languages it keeps (not a read, so that one kept before the rule still shows).
     */
    public static void requireLanguagesFit(List<String> languages) {
        int tooLong = firstTooLongLanguage(languages);
        if (tooLong >= 0) {
            throw new Refusal("languages[" + tooLong + "]", "participant.language.tooLong", LONGEST_LANGUAGE);
        }
    }

    /** Whether {@code birthYear} (none when {@code null}) lies after the current year by {@code clock}. */
    public static boolean bornInTheFuture(Integer birthYear, Clock clock) {
        return birthYear != null && birthYear > Year.now(clock).getValue();
    }

    /** Refuses a year of birth after the current year, naming {@code birthYear}: on registering and on every change. */
    void requireBornBy(Clock clock) {
        if (bornInTheFuture(birthYear, clock)) {
            throw new Refusal("birthYear", "participant.birthYear.future");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
