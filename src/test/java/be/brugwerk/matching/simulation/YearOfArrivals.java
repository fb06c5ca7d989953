package be.brugwerk.matching.simulation;

import be.brugwerk.matching.engine.AgeRange;
import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.HardConstraints;
import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.Place;
import be.brugwerk.matching.engine.Preferences;
import be.brugwerk.matching.engine.Profile;
import be.brugwerk.matching.engine.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic year of arrivals in a Flemish buddy programme: newcomers entering the waiting list and
 * buddies being approved, each on a day drawn uniformly from the year, with profiles drawn from the
 * distributions below. Every figure in them is an assumption made for the simulation, stated in
 * docs/benchmarks-matching.md, not a measurement of a real programme. The same seed gives the same year.
 *
 * @param newcomers participants in order of entry (entry date, then id), ids {@code n00001} upwards
 * @param buddies buddies in order of approval (date, then id), ids {@code b00001} upwards
 */
public record YearOfArrivals(List<Participant> newcomers, List<ArrivingBuddy> buddies) {

    /** A town where newcomers and buddies live, with assumed shares of each and the spread of homes around it. */
    record Town(String name, double latitude, double longitude, int newcomerWeight, int buddyWeight, double spreadKm) {}

    /** Newcomers concentrate in the big cities more than volunteers do (assumed shares, in percent). */
    static final List<Town> TOWNS = List.of(
            new Town("Antwerpen", 51.2194, 4.4025, 30, 20, 5),
            new Town("Gent", 51.0543, 3.7174, 16, 17, 4),
            new Town("Brussel", 50.8503, 4.3517, 12, 9, 5),
            new Town("Leuven", 50.8798, 4.7005, 6, 10, 3),
            new Town("Mechelen", 51.0259, 4.4776, 5, 5, 3),
            new Town("Brugge", 51.2093, 3.2247, 4, 6, 3),
            new Town("Kortrijk", 50.8279, 3.2649, 4, 5, 3),
            new Town("Genk", 50.9650, 5.5008, 4, 3, 3),
            new Town("Hasselt", 50.9307, 5.3325, 3, 5, 3),
            new Town("Aalst", 50.9378, 4.0409, 3, 4, 3),
            new Town("Sint-Niklaas", 51.1650, 4.1437, 3, 4, 3),
            new Town("Oostende", 51.2154, 2.9274, 3, 3, 3),
            new Town("Roeselare", 50.9460, 3.1230, 2, 5, 3),
            new Town("Turnhout", 51.3227, 4.9440, 5, 4, 3));

    /** First languages of newcomers (ISO 639 codes) with assumed shares in percent. */
    static final String[] NEWCOMER_LANGUAGES = {
        "ar", "uk", "fa", "ps", "ti", "so", "tr", "ru", "es", "ro", "pl", "fr", "en", "pt", "ber"
    };

    static final int[] NEWCOMER_LANGUAGE_WEIGHTS = {24, 14, 8, 6, 6, 4, 5, 4, 5, 5, 4, 6, 4, 3, 2};
    /** First languages of the one buddy in ten who grew up with another language than Dutch. */
    static final String[] BUDDY_HERITAGE_LANGUAGES = {"ar", "tr", "ber", "fr", "es", "pl", "ru"};

    static final int[] BUDDY_HERITAGE_WEIGHTS = {35, 25, 10, 10, 10, 5, 5};
    static final List<String> INTERESTS = List.of(
            "cooking",
            "football",
            "chess",
            "walking",
            "music",
            "gardening",
            "cycling",
            "reading",
            "swimming",
            "painting",
            "films",
            "languages",
            "dancing",
            "crafts",
            "computers",
            "volunteering",
            "photography",
            "yoga",
            "board games",
            "running");

    private static final double KM_PER_DEGREE_LATITUDE = 111.19;

    public YearOfArrivals {
        newcomers = List.copyOf(newcomers);
        buddies = List.copyOf(buddies);
    }

    /** {@code newcomerCount} newcomers and {@code buddyCount} buddies arriving between Jan 1 and Dec 31 of {@code year}. */
    public static YearOfArrivals generate(long seed, int year, int newcomerCount, int buddyCount) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        List<LocalDate> entryDays = arrivalDays(random, first, days, newcomerCount);
        List<Participant> newcomers = new ArrayList<>(newcomerCount);
        for (int i = 0; i < newcomerCount; i++) {
            newcomers.add(new Participant(String.format("n%05d", i + 1), entryDays.get(i), newcomerProfile(random)));
        }
        List<LocalDate> approvalDays = arrivalDays(random, first, days, buddyCount);
        List<ArrivingBuddy> buddies = new ArrayList<>(buddyCount);
        for (int i = 0; i < buddyCount; i++) {
            buddies.add(new ArrivingBuddy(
                    new Buddy(String.format("b%05d", i + 1), buddyProfile(random), capacity(random)),
                    approvalDays.get(i)));
        }
        return new YearOfArrivals(newcomers, buddies);
    }

    private static List<LocalDate> arrivalDays(Random random, LocalDate first, int days, int count) {
        List<LocalDate> arrivals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arrivals.add(first.plusDays(random.nextInt(days)));
        }
        arrivals.sort(Comparator.naturalOrder());
        return arrivals;
    }

    /** 60 % take one participant at a time, 30 % two, 10 % three (assumed). */
    private static int capacity(Random random) {
        int draw = random.nextInt(10);
        return draw < 6 ? 1 : draw < 9 ? 2 : 3;
    }

    private static Profile newcomerProfile(Random random) {
        List<LanguageSkill> languages = new ArrayList<>();
        String firstLanguage = NEWCOMER_LANGUAGES[weighted(random, NEWCOMER_LANGUAGE_WEIGHTS)];
        languages.add(new LanguageSkill(firstLanguage, LanguageLevel.NATIVE));
        // Dutch as learnt so far: 30 % none yet, 35 % A1, 25 % A2, 10 % B1
        int dutch = random.nextInt(100);
        if (dutch >= 30) {
            languages.add(new LanguageSkill(
                    "nl", dutch < 65 ? LanguageLevel.A1 : dutch < 90 ? LanguageLevel.A2 : LanguageLevel.B1));
        }
        addSometimes(random, languages, "en", 35);
        addSometimes(random, languages, "fr", 15);
        if (firstLanguage.equals("uk")) {
            addSometimes(random, languages, "ru", 60);
        }
        Gender gender = gender(random, 43, 55);
        // a quarter of the women wish for a woman buddy
        Preferences preferences = gender == Gender.WOMAN && random.nextInt(4) == 0
                ? new Preferences(Set.of(Gender.WOMAN), null)
                : Preferences.none();
        int age = Math.min(70, 18 + (int) Math.abs(random.nextGaussian() * 14));
        return new Profile(
                languages,
                interests(random),
                availability(random, 3 + random.nextInt(3), 1, 2, 2, 2),
                place(random, true),
                age,
                gender,
                preferences,
                HardConstraints.none());
    }

    private static Profile buddyProfile(Random random) {
        List<LanguageSkill> languages = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            languages.add(new LanguageSkill(
                    BUDDY_HERITAGE_LANGUAGES[weighted(random, BUDDY_HERITAGE_WEIGHTS)], LanguageLevel.NATIVE));
            languages.add(new LanguageSkill("nl", LanguageLevel.C1));
        } else {
            languages.add(new LanguageSkill("nl", LanguageLevel.NATIVE));
        }
        addSometimes(random, languages, "en", 75);
        addSometimes(random, languages, "fr", 50);
        int band = random.nextInt(10);
        int age = band < 4 ? 20 + random.nextInt(16) : band < 7 ? 36 + random.nextInt(29) : 65 + random.nextInt(11);
        // one buddy in ten would rather meet someone under 45
        Preferences preferences =
                random.nextInt(10) == 0 ? new Preferences(Set.of(), new AgeRange(18, 45)) : Preferences.none();
        return new Profile(
                languages,
                interests(random),
                availability(random, 2 + random.nextInt(3), 1, 1, 3, 3),
                place(random, false),
                age,
                gender(random, 65, 33),
                preferences,
                HardConstraints.none());
    }

    /** Adds a second or third language at A2 to C1, with the given chance in percent, unless it is already spoken. */
    private static void addSometimes(Random random, List<LanguageSkill> languages, String language, int percent) {
        boolean spoken = languages.stream().anyMatch(skill -> skill.language().equals(language));
        if (random.nextInt(100) < percent && !spoken) {
            languages.add(new LanguageSkill(
                    language, LanguageLevel.values()[LanguageLevel.A2.ordinal() + random.nextInt(4)]));
        }
    }

    private static Gender gender(Random random, int womenPercent, int menPercent) {
        int draw = random.nextInt(100);
        return draw < womenPercent
                ? Gender.WOMAN
                : draw < womenPercent + menPercent ? Gender.MAN : draw % 2 == 0 ? Gender.NON_BINARY : Gender.UNSTATED;
    }

    private static Set<String> interests(Random random) {
        Set<String> interests = new LinkedHashSet<>();
        while (interests.size() < 3) {
            interests.add(INTERESTS.get(random.nextInt(INTERESTS.size())));
        }
        return interests;
    }

    /**
     * {@code count} distinct weekly slots, drawn with relative weights for weekday mornings, weekday
     * afternoons, weekday evenings and weekend slots.
     */
    private static Set<WeeklySlot> availability(
            Random random, int count, int weekdayMorning, int weekdayAfternoon, int weekdayEvening, int weekend) {
        List<WeeklySlot> slots = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (DayPart part : DayPart.values()) {
                slots.add(new WeeklySlot(day, part));
                boolean isWeekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
                weights.add(
                        isWeekend
                                ? weekend
                                : switch (part) {
                                    case MORNING -> weekdayMorning;
                                    case AFTERNOON -> weekdayAfternoon;
                                    case EVENING -> weekdayEvening;
                                });
            }
        }
        Set<WeeklySlot> chosen = new HashSet<>();
        while (chosen.size() < count) {
            int index = weighted(
                    random, weights.stream().mapToInt(Integer::intValue).toArray());
            chosen.add(slots.get(index));
            weights.set(index, 0);
        }
        return chosen;
    }

    /** A home around a town drawn by the newcomers' or the buddies' shares, scattered normally by the town's spread. */
    private static Place place(Random random, boolean newcomer) {
        int[] weights = TOWNS.stream()
                .mapToInt(town -> newcomer ? town.newcomerWeight() : town.buddyWeight())
                .toArray();
        Town town = TOWNS.get(weighted(random, weights));
        double northKm = random.nextGaussian() * town.spreadKm();
        double eastKm = random.nextGaussian() * town.spreadKm();
        double latitude = town.latitude() + northKm / KM_PER_DEGREE_LATITUDE;
        double longitude =
                town.longitude() + eastKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(town.latitude())));
        return new Place(latitude, longitude, town.name());
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: the draw is below the total of the weights");
    }
}
