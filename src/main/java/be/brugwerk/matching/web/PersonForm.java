package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.AgeRange;
import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.WeeklySlot;
import be.brugwerk.matching.programme.EditableIntake;
import be.brugwerk.matching.programme.Intake;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.EmailAddress;
import be.brugwerk.system.MultiLine;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * One form for every intake: a participant put on the waiting list, a buddy a coordinator registers, and the public
 * sign-up (which also has a honeypot field, {@code website}, that people never see). Every field as typed.
 */
record PersonForm(
        String participant,
        String name,
        String email,
        String capacity,
        Boolean consent,
        String website,
        List<LanguageRow> languages,
        String interests,
        List<String> availability,
        String neighbourhood,
        String age,
        String gender,
        List<String> wishedGenders,
        String wishedAgeMin,
        String wishedAgeMax,
        String ageLimitMin,
        String ageLimitMax,
        @MultiLine String goals,
        @MultiLine String constraints,
        @MultiLine String answers,
        String version) {

    /** The interests as typed, all together: the page's field takes no more, nor does a public sign-up. */
    static final int LONGEST_INTERESTS = 1000;

    PersonForm {
        languages = LanguageRow.withRoom(languages);
    }

    static PersonForm empty() {
        return choosing("");
    }

    /** The empty form with {@code participant} chosen as typed (the waiting form's search keeps its choice). */
    static PersonForm choosing(String participant) {
        return new PersonForm(
                participant == null ? "" : participant,
                "",
                "",
                "1",
                false,
                "",
                List.of(),
                "",
                List.of(),
                "",
                "",
                Gender.UNSTATED.name(),
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "");
    }

    /** The form as an intake was entered, to correct it; the version guards against a stale save. */
    static PersonForm of(EditableIntake editable) {
        Intake in = editable.intake();
        return new PersonForm(
                "",
                editable.name(),
                editable.email() == null ? "" : editable.email(),
                Integer.toString(editable.capacity()),
                false,
                "",
                in.languages().stream().map(LanguageRow::of).toList(),
                String.join(", ", in.interests()),
                in.availability().stream().map(s -> s.day() + ":" + s.part()).toList(),
                text(in.neighbourhood()),
                Integer.toString(in.age()),
                in.gender().name(),
                in.wishedGenders().stream().map(Gender::name).toList(),
                in.wishedAges() == null ? "" : Integer.toString(in.wishedAges().min()),
                in.wishedAges() == null ? "" : Integer.toString(in.wishedAges().max()),
                in.ageLimit() == null ? "" : Integer.toString(in.ageLimit().min()),
                in.ageLimit() == null ? "" : Integer.toString(in.ageLimit().max()),
                text(in.goals()),
                text(in.constraints()),
                text(in.answers()),
                Integer.toString(editable.version()));
    }

    /** The version the form was read at; -1 for a tampered one, which can only conflict. */
    int readVersion() {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Every weekly moment, as the form's checkboxes offer them. */
    static List<String> slots() {
        List<String> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (DayPart part : DayPart.values()) {
                slots.add(day + ":" + part);
            }
        }
        return slots;
    }

    /** The participant picked for the waiting list, or null with the error named on {@code participant}. */
    ParticipantId chosenParticipant(Errors errors) {
        ParticipantId chosen = participantNamed();
        if (chosen == null) {
            errors.rejectValue("participant", "matching.waiting.participant.choose");
        }
        return chosen;
    }

    /**
     * The participant the form names ({@link ParticipantId#typed}), or null when it names none (or not as an id): what
     * a refused form keeps.
     */
    ParticipantId participantNamed() {
        return ParticipantId.typed(participant).orElse(null);
    }

    /** The intake as typed, with the wishes the programme asks for; null with the errors named per field. */
    Intake intakeFor(ProgrammeView programme, Errors errors) {
        return intake(
                errors,
                programme.settings().genderWishes() != GenderWishes.IGNORED,
                programme.settings().ageWishesAllowed());
    }

    /** A buddy as a coordinator registers or corrects them for a programme. */
    record Applicant(String name, String email, int capacity, Intake intake) {}

    /**
     * The buddy as typed for the programme (a capacity up to its largest, the intake with the wishes it asks for),
     * or null with the errors named per field; {@code consentAsked} when the buddy's consent must be ticked (a new one).
     */
    Applicant applicantFor(ProgrammeView programme, Errors errors, boolean consentAsked) {
        checkNameAndEmail(errors);
        int offered = capacity(errors, programme.settings().maxCapacity());
        if (consentAsked && !Boolean.TRUE.equals(consent)) {
            errors.rejectValue("consent", "matching.buddy.consent.required");
        }
        Intake intake = intakeFor(programme, errors);
        return errors.hasErrors() ? null : new Applicant(name, email, offered, intake);
    }

    /** The intake, or null with the errors named per field. Wishes are read only where the programme asks them. */
    Intake intake(Errors errors, boolean genderWishesAsked, boolean ageWishesAsked) {
        List<LanguageSkill> skills = LanguageRow.skills(languages, errors);
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        for (String slot : availability == null ? List.<String>of() : availability) {
            String[] parts = slot == null ? new String[] {""} : slot.split(":");
            Optional<DayOfWeek> day = named(DayOfWeek.class, parts[0]);
            Optional<DayPart> part = parts.length == 2 ? named(DayPart.class, parts[1]) : Optional.empty();
            if (day.isPresent() && part.isPresent()) {
                slots.add(new WeeklySlot(day.get(), part.get()));
            } else {
                errors.rejectValue("availability", "matching.intake.availability.unknown");
            }
        }
        int years = ProgrammeForm.whole(errors, "age", age, 0, 130);
        Gender stated = named(Gender.class, gender).orElse(null);
        if (stated == null) {
            stated = Gender.UNSTATED;
            errors.rejectValue("gender", "matching.intake.gender.choose");
        }
        Set<Gender> wished = EnumSet.noneOf(Gender.class);
        if (genderWishesAsked) {
            for (String typed : wishedGenders == null ? List.<String>of() : wishedGenders) {
                named(Gender.class, typed)
                        .ifPresentOrElse(
                                wished::add,
                                () -> errors.rejectValue("wishedGenders", "matching.intake.gender.choose"));
            }
        }
        AgeRange wishedAges = ageWishesAsked ? range(errors, "wishedAgeMin", wishedAgeMin, wishedAgeMax) : null;
        AgeRange limit = ageWishesAsked ? range(errors, "ageLimitMin", ageLimitMin, ageLimitMax) : null;
        for (String[] text : new String[][] {{"goals", goals}, {"constraints", constraints}, {"answers", answers}}) {
            if (text[1] != null && text[1].length() > 2000) {
                errors.rejectValue(text[0], "matching.intake.tooLong");
            }
        }
        if (neighbourhood != null && neighbourhood.length() > 200) {
            errors.rejectValue("neighbourhood", "matching.intake.tooLong");
        }
        if (interests != null && interests.length() > LONGEST_INTERESTS) {
            errors.rejectValue("interests", "matching.intake.tooLong");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Intake(
                skills,
                new LinkedHashSet<>(split(interests).stream()
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .toList()),
                slots,
                blankToNull(neighbourhood),
                years,
                stated,
                wished,
                wishedAges,
                limit,
                blankToNull(goals),
                blankToNull(constraints),
                blankToNull(answers));
    }

    /** The capacity offered, checked against the programme's largest: 0 is refused with a clear message. */
    int capacity(Errors errors, int maxCapacity) {
        try {
            int value = Integer.parseInt(capacity.strip());
            if (value >= 1 && value <= maxCapacity) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        errors.rejectValue("capacity", "matching.buddy.capacity.range", new Object[] {maxCapacity}, null);
        return 1;
    }

    void checkNameAndEmail(Errors errors) {
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.rejectValue("name", "matching.buddy.name.required");
        }
        if (EmailAddress.normalised(email).isEmpty()) {
            errors.rejectValue("email", "matching.buddy.email.invalid");
        }
    }

    private static AgeRange range(Errors errors, String field, String min, String max) {
        boolean noMin = min == null || min.isBlank();
        boolean noMax = max == null || max.isBlank();
        if (noMin && noMax) {
            return null;
        }
        try {
            return new AgeRange(noMin ? 0 : Integer.parseInt(min.strip()), noMax ? 130 : Integer.parseInt(max.strip()));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "matching.intake.ageRange");
            return null;
        }
    }

    /** The constant of that name, or empty for anything else a tampered form may send. */
    static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }

    private static List<String> split(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
