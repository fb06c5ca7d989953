package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.AgeRange;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.HardConstraints;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.Place;
import be.brugwerk.matching.engine.Preferences;
import be.brugwerk.matching.engine.Profile;
import be.brugwerk.matching.engine.WeeklySlot;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an intake found out about a participant or a buddy. Wishes about the other person count only where the
 * programme asks for them.
 *
 * @param wishedAges ages wished for in the other person, or null
 * @param ageLimit ages accepted in the other person (a hard limit), or null
 * @param goals what the person hopes the pair brings, or null
 * @param constraints hard constraints in the person's words, or null (for the coordinator)
 * @param answers answers to the programme's own intake questions, or null
 */
public record Intake(
        List<LanguageSkill> languages,
        Set<String> interests,
        Set<WeeklySlot> availability,
        String neighbourhood,
        int age,
        Gender gender,
        Set<Gender> wishedGenders,
        AgeRange wishedAges,
        AgeRange ageLimit,
        String goals,
        String constraints,
        String answers) {

    public Intake {
        languages = List.copyOf(languages);
        interests = Set.copyOf(interests);
        availability = Set.copyOf(availability);
        wishedGenders = Set.copyOf(wishedGenders);
        Objects.requireNonNull(gender, "gender");
        if (age < 0 || age > 130) {
            throw new Refusal("age", "matching.number.whole", "0", "130");
        }
    }

    /** The profile the engine matches on, with the wishes the programme allows, where no home point is known. */
    public Profile profile(ProgrammeSettings programme) {
        return profile(programme, null);
    }

    /**
     * The profile the engine matches on, with the wishes the programme allows: where the person lives is their home
     * point when known (the engine then measures straight-line km), with the intake's neighbourhood name beside it as
     * the fallback for when the other person has no point.
     */
    public Profile profile(ProgrammeSettings programme, GeoPoint home) {
        Set<Gender> genders = programme.genderWishes() == GenderWishes.IGNORED ? Set.of() : wishedGenders;
        AgeRange ages = programme.ageWishesAllowed() ? wishedAges : null;
        AgeRange limit = programme.ageWishesAllowed() ? ageLimit : null;
        Place place = new Place(
                home == null ? null : home.latitude(),
                home == null ? null : home.longitude(),
                neighbourhood == null ? null : neighbourhood.strip().toLowerCase(java.util.Locale.ROOT));
        return new Profile(
                languages,
                interests,
                availability,
                place,
                age,
                gender,
                new Preferences(genders, ages),
                new HardConstraints(limit, null));
    }
}
