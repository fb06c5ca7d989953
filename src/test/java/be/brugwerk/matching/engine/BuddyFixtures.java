package be.brugwerk.matching.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Participants, buddies and programmes in domain words, for the matching tests. */
final class BuddyFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Place GENT_CENTRE = Place.at(51.0543, 3.7174);

    private BuddyFixtures() {}

    /** 30 days of waiting weigh as much as 10 points of fit; pairs must share a language within 10 km. */
    static ProgrammeRules newcomerProgramme() {
        return programme(GenderWishes.AS_PREFERENCE);
    }

    static ProgrammeRules programme(GenderWishes genderWishes) {
        return new ProgrammeRules(
                new CriterionWeights(2, 10, 3, 4, 1), new WaitingTradeOff(30, 10), true, 10, genderWishes);
    }

    static Person person() {
        return new Person();
    }

    static MatchingRequest request(List<Participant> waiting, List<Buddy> buddies) {
        return new MatchingRequest(waiting, buddies, newcomerProgramme(), TODAY, Set.of(), Set.of());
    }

    /** A reproducible mixed waiting list of {@code participants} people and {@code buddies} buddies around Gent. */
    static MatchingRequest randomRequest(long seed, int participants, int buddies) {
        Random random = new Random(seed);
        List<Participant> waiting = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            waiting.add(randomPerson(random).waitingFor(1 + random.nextInt(400)).participant("p" + i));
        }
        List<Buddy> volunteers = new ArrayList<>();
        for (int i = 0; i < buddies; i++) {
            volunteers.add(randomPerson(random).buddy("b" + i, 1 + random.nextInt(Buddy.MAX_CAPACITY)));
        }
        return new MatchingRequest(waiting, volunteers, newcomerProgramme(), TODAY, Set.of(), Set.of());
    }

    private static Person randomPerson(Random random) {
        String[] languages = {"nl", "fr", "en", "ar", "uk"};
        String[] interests = {"cooking", "football", "chess", "walking", "music", "gardening", "cycling"};
        Person person = person().aged(18 + random.nextInt(60))
                .livingAt(Place.at(51.0543 + random.nextGaussian() * 0.04, 3.7174 + random.nextGaussian() * 0.06))
                .gender(Gender.values()[random.nextInt(Gender.values().length)]);
        person.languages.clear();
        for (String language : languages) {
            if (random.nextDouble() < 0.45) {
                person.speaks(language, LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]);
            }
        }
        for (String interest : interests) {
            if (random.nextDouble() < 0.3) {
                person.interestedIn(interest);
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextDouble() < 0.3) {
                person.freeOn(day, DayPart.values()[random.nextInt(DayPart.values().length)]);
            }
        }
        if (random.nextDouble() < 0.3) {
            person.wishesAges(new AgeRange(20 + random.nextInt(20), 45 + random.nextInt(30)));
        }
        return person;
    }

    /** A test builder for a profile; defaults: speaks Dutch at B1, free Tuesday evening, 30, in Gent centre. */
    static final class Person {

        private final List<LanguageSkill> languages =
                new ArrayList<>(List.of(new LanguageSkill("nl", LanguageLevel.B1)));
        private final Set<String> interests = new HashSet<>();
        private final Set<WeeklySlot> availability =
                new HashSet<>(Set.of(new WeeklySlot(DayOfWeek.TUESDAY, DayPart.EVENING)));
        private Place place = GENT_CENTRE;
        private int age = 30;
        private Gender gender = Gender.UNSTATED;
        private Set<Gender> wishedGenders = Set.of();
        private AgeRange wishedAges;
        private HardConstraints constraints = HardConstraints.none();
        private LocalDate waitingSince = TODAY;

        Person speaksOnly(String language, LanguageLevel level) {
            languages.clear();
            return speaks(language, level);
        }

        Person speaks(String language, LanguageLevel level) {
            languages.add(new LanguageSkill(language, level));
            return this;
        }

        Person interestedIn(String... more) {
            interests.addAll(List.of(more));
            return this;
        }

        Person freeOn(DayOfWeek day, DayPart part) {
            availability.add(new WeeklySlot(day, part));
            return this;
        }

        Person livingAt(Place where) {
            this.place = where;
            return this;
        }

        Person aged(int years) {
            this.age = years;
            return this;
        }

        Person gender(Gender stated) {
            this.gender = stated;
            return this;
        }

        Person wishesGenders(Gender... genders) {
            this.wishedGenders = Set.of(genders);
            return this;
        }

        Person wishesAges(AgeRange ages) {
            this.wishedAges = ages;
            return this;
        }

        Person limits(HardConstraints hard) {
            this.constraints = hard;
            return this;
        }

        Person waitingFor(int days) {
            this.waitingSince = TODAY.minusDays(days);
            return this;
        }

        Profile profile() {
            return new Profile(
                    languages,
                    interests,
                    availability,
                    place,
                    age,
                    gender,
                    new Preferences(wishedGenders, wishedAges),
                    constraints);
        }

        Participant participant(String id) {
            return new Participant(id, waitingSince, profile());
        }

        Buddy buddy(String id, int capacity) {
            return new Buddy(id, profile(), capacity);
        }

        Buddy buddy(String id) {
            return buddy(id, 1);
        }
    }
}
