package be.brugwerk.people;

import be.brugwerk.system.Refusal;
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
