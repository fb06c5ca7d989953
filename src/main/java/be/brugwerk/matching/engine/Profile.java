package be.brugwerk.matching.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the matching knows of a participant or a buddy.
 *
 * @param languages languages spoken, each at most once
 * @param interests interests and talents (from the talent card), compared exactly
 * @param availability weekly moments the person is free
 * @param place where the person lives or meets
 * @param age in years, at least 0
 * @param gender as stated
 * @param preferences soft wishes about the other person
 * @param constraints hard limits on the other person
 */
public record Profile(
        List<LanguageSkill> languages,
        Set<String> interests,
        Set<WeeklySlot> availability,
        Place place,
        int age,
        Gender gender,
        Preferences preferences,
        HardConstraints constraints) {

    public Profile {
        languages = List.copyOf(languages);
        interests = Set.copyOf(interests);
        availability = Set.copyOf(availability);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(constraints, "constraints");
        if (age < 0) {
            throw new IllegalArgumentException("An age cannot be negative: " + age);
        }
        if (languages.stream().map(LanguageSkill::language).distinct().count() != languages.size()) {
            throw new IllegalArgumentException("A language is listed twice in " + languages);
        }
    }
}
