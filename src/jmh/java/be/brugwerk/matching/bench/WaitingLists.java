package be.brugwerk.matching.bench;

import be.brugwerk.matching.engine.AgeRange;
import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.HardConstraints;
import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.Place;
import be.brugwerk.matching.engine.Preferences;
import be.brugwerk.matching.engine.Profile;
import be.brugwerk.matching.engine.ProgrammeRules;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.matching.engine.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic waiting lists for the benchmarks: P participants and P/2 buddies of capacity 1 to 3, scattered
 * uniformly over a square around Brussels sized so that about {@value #CANDIDATES_WANTED} buddies live
 * within the programme's {@value #MAX_DISTANCE_KM} km of each participant. Everyone speaks Dutch, so the
 * distance limit is what keeps the candidate graph sparse.
 */
final class WaitingLists {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final int CANDIDATES_WANTED = 20;
    static final double MAX_DISTANCE_KM = 10;
    private static final String[] INTERESTS = {"cooking", "football", "chess", "walking", "music", "gardening", "cycling", "reading",
            "swimming", "painting", "films", "languages", "dancing", "crafts", "computers", "volunteering", "photography", "yoga",
            "board games", "running"};
    private static final String[] OTHER_LANGUAGES = {"fr", "en", "ar", "uk", "tr", "ps", "ti", "so"};

    private WaitingLists() {
    }

    static MatchingRequest of(int participants, long seed) {
        Random random = new Random(seed);
        int buddyCount = participants / 2;
        // expected buddies within r of a point: B * pi * r^2 / side^2 = CANDIDATES_WANTED
        double sideKm = MAX_DISTANCE_KM * Math.sqrt(Math.PI * buddyCount / CANDIDATES_WANTED);
        double latitudeSpan = sideKm / 111.19;
        double longitudeSpan = sideKm / (111.19 * Math.cos(Math.toRadians(50.85)));
        List<Participant> waiting = new ArrayList<>(participants);
        for (int i = 0; i < participants; i++) {
            waiting.add(new Participant("p" + i, TODAY.minusDays(random.nextInt(730)), profile(random, latitudeSpan, longitudeSpan)));
        }
        List<Buddy> buddies = new ArrayList<>(buddyCount);
        for (int i = 0; i < buddyCount; i++) {
            buddies.add(new Buddy("b" + i, profile(random, latitudeSpan, longitudeSpan), 1 + random.nextInt(3)));
        }
        ProgrammeRules rules = new ProgrammeRules(new CriterionWeights(2, 10, 3, 4, 1), new WaitingTradeOff(30, 10), true, MAX_DISTANCE_KM,
                GenderWishes.AS_PREFERENCE);
        return new MatchingRequest(waiting, buddies, rules, TODAY, Set.of(), Set.of());
    }

    private static Profile profile(Random random, double latitudeSpan, double longitudeSpan) {
        List<LanguageSkill> languages = new ArrayList<>();
        languages.add(new LanguageSkill("nl", LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]));
        languages.add(new LanguageSkill(OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)], LanguageLevel.NATIVE));
        Set<String> interests = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            interests.add(INTERESTS[random.nextInt(INTERESTS.length)]);
        }
        Set<WeeklySlot> availability = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            availability.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), DayPart.values()[random.nextInt(DayPart.values().length)]));
        }
        Place place = Place.at(50.85 + (random.nextDouble() - 0.5) * latitudeSpan, 4.35 + (random.nextDouble() - 0.5) * longitudeSpan);
        Preferences preferences = random.nextInt(4) == 0 ? new Preferences(Set.of(Gender.WOMAN), new AgeRange(18, 60)) : Preferences.none();
        return new Profile(languages, interests, availability, place, 18 + random.nextInt(60), Gender.values()[random.nextInt(Gender.values().length)],
                preferences, HardConstraints.none());
    }
}
