package be.brugwerk.people;

import be.brugwerk.system.Refusal;
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
