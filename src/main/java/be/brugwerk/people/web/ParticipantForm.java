package be.brugwerk.people.web;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.SharingRole;
import be.brugwerk.people.Transition;
import be.brugwerk.system.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registration form as typed: kept whole when something is wrong, so nothing is lost. Every field is text
 * (or a tick box), so that no input can fail to bind and lose the rest. It has no field for organisation, role
 * or id — those come from who is signed in, never from the request.
 */
record ParticipantForm(
        @NotBlank(message = "{participant.name.required}") @Size(max = 100, message = "{participant.name.tooLong}")
        String name,

        @Pattern(regexp = "\\s*(19|20)\\d\\d\\s*|\\s*", message = "{participant.birthYear.range}")
        String birthYear,

        @Size(max = 300, message = "{participant.field.tooLong}")
        String languages,

        @Size(max = 100, message = "{participant.field.tooLong}")
        String municipality,

        @Size(max = 100, message = "{participant.field.tooLong}")
        String neighbourhood,

        @MultiLine @Size(max = 2000, message = "{participant.field.tooLong}")
        String lifeSituation,

        Set<String> transitions,
        Boolean consentProcessing,
        Boolean consentSharingWithCoaches,
        Boolean consentMatching,
        String version) {

    static ParticipantForm empty() {
        return new ParticipantForm("", "", "", "", "", "", Set.of(), false, false, false, null);
    }

    static ParticipantForm of(ParticipantView participant) {
        ParticipantDetails d = participant.details();
        return new ParticipantForm(
                d.name(),
                d.birthYear() == null ? "" : d.birthYear().toString(),
                String.join(", ", d.languages()),
                d.municipality(),
                d.neighbourhood(),
                d.lifeSituation(),
                d.transitions().stream().map(Transition::name).collect(Collectors.toSet()),
                false,
                false,
                false,
                Integer.toString(participant.version()));
    }

    boolean birthYearInTheFuture(Clock clock) {
        return ParticipantDetails.bornInTheFuture(year(), clock);
    }

    /** The version that was read; -1 when missing or tampered with, which never matches. */
    int readVersion() {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    /** Whether a language of the list typed is longer than the one rule allows ({@link ParticipantDetails#LONGEST_LANGUAGE}). */
    boolean languageTooLong() {
        return ParticipantDetails.firstTooLongLanguage(languageList()) >= 0;
    }

    private List<String> languageList() {
        return languages == null ? List.of() : Arrays.asList(languages.split("[,;]"));
    }

    ParticipantDetails details() {
        List<String> languageList = languageList();
        Set<Transition> chosen = transitions == null
                ? Set.of()
                : transitions.stream()
                        .filter(t -> Arrays.stream(Transition.values())
                                .anyMatch(v -> v.name().equals(t)))
                        .map(Transition::valueOf)
                        .collect(Collectors.toSet());
        return new ParticipantDetails(name, year(), languageList, municipality, neighbourhood, lifeSituation, chosen);
    }

    private Integer year() {
        return birthYear == null || birthYear.isBlank() || !birthYear.strip().matches("\\d{4}")
                ? null
                : Integer.valueOf(birthYear.strip());
    }

    Map<ConsentPurpose, Set<SharingRole>> consents() {
        Map<ConsentPurpose, Set<SharingRole>> given = new EnumMap<>(ConsentPurpose.class);
        if (Boolean.TRUE.equals(consentProcessing)) {
            given.put(ConsentPurpose.PROCESSING, Set.of());
        }
        if (Boolean.TRUE.equals(consentSharingWithCoaches)) {
            given.put(ConsentPurpose.SHARING, EnumSet.of(SharingRole.VOLUNTEER_COACH));
        }
        if (Boolean.TRUE.equals(consentMatching)) {
            given.put(ConsentPurpose.MATCHING, Set.of());
        }
        return given;
    }
}
