package be.brugwerk.roles.engine;

import be.brugwerk.system.GeoPoint;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Roles and participants in domain words, and random small runs for the brute-force checks. */
final class RoleFixtures {

    /** The repair café in Ghent: places north of it lie 1.11195 km away per 0.01 degree of latitude. */
    static final GeoPoint REPAIR_CAFE = new GeoPoint(51.0500, 3.7200);

    private RoleFixtures() {}

    static GeoPoint northOfTheCafe(double degrees) {
        return new GeoPoint(REPAIR_CAFE.latitude() + degrees, REPAIR_CAFE.longitude());
    }

    static RoleBuilder role(String id) {
        return new RoleBuilder(id);
    }

    static CandidateBuilder participant(String id) {
        return new CandidateBuilder(id);
    }

    static final class RoleBuilder {
        private final String id;
        private Set<String> asks = Set.of("REPAIRS");
        private Set<String> teaches = Set.of();
        private Set<String> languages = Set.of("nl");
        private GeoPoint place = REPAIR_CAFE;
        private final Map<Access, Boolean> access = new EnumMap<>(Access.class);
        private int places = 1;
        private Set<DayOfWeek> days = Set.of();

        private RoleBuilder(String id) {
            this.id = id;
        }

        RoleBuilder asks(String... talents) {
            asks = Set.of(talents);
            return this;
        }

        RoleBuilder teaches(String... talents) {
            teaches = Set.of(talents);
            return this;
        }

        RoleBuilder in(String... languageCodes) {
            languages = Set.of(languageCodes);
            return this;
        }

        RoleBuilder at(GeoPoint point) {
            place = point;
            return this;
        }

        RoleBuilder offers(Access what, boolean offered) {
            access.put(what, offered);
            return this;
        }

        RoleBuilder on(DayOfWeek... weekdays) {
            days = Set.of(weekdays);
            return this;
        }

        RoleBuilder places(int count) {
            places = count;
            return this;
        }

        OpenRole open() {
            return new OpenRole(id, asks, teaches, languages, place, access, places, days);
        }
    }

    static final class CandidateBuilder {
        private final String id;
        private Set<String> shares = Set.of("REPAIRS");
        private Set<String> learns = Set.of();
        private Set<String> languages = Set.of("nl");
        private Set<Access> needs = EnumSet.noneOf(Access.class);
        private List<GeoPoint> places = List.of(REPAIR_CAFE);
        private Set<DayOfWeek> days = Set.of();

        private CandidateBuilder(String id) {
            this.id = id;
        }

        CandidateBuilder shares(String... talents) {
            shares = Set.of(talents);
            return this;
        }

        CandidateBuilder wantsToLearn(String... talents) {
            learns = Set.of(talents);
            return this;
        }

        CandidateBuilder speaks(String... languageCodes) {
            languages = Set.of(languageCodes);
            return this;
        }

        CandidateBuilder needs(Access... what) {
            needs = Set.of(what);
            return this;
        }

        CandidateBuilder goesTo(GeoPoint... points) {
            places = List.of(points);
            return this;
        }

        CandidateBuilder free(DayOfWeek... weekdays) {
            days = Set.of(weekdays);
            return this;
        }

        Candidate candidate() {
            return new Candidate(id, shares, learns, languages, needs, places, days);
        }
    }

    private static final List<String> TALENTS = List.of("COOKING", "REPAIRS", "GARDENING", "LISTENING");
    private static final List<String> LANGUAGES = List.of("nl", "fr", "ar");

    /** A random run: up to 3 roles with up to 2 places and up to 6 participants around the café. */
    static Run randomRun(long seed) {
        Random random = new Random(seed);
        List<OpenRole> roles = new ArrayList<>();
        int roleCount = 1 + random.nextInt(3);
        for (int r = 0; r < roleCount; r++) {
            RoleBuilder role = role("r" + r)
                    .asks(some(random, TALENTS, 1).toArray(String[]::new))
                    .in(some(random, LANGUAGES, 0).toArray(String[]::new))
                    .at(around(random))
                    .places(1 + random.nextInt(2));
            if (random.nextBoolean()) {
                role.teaches(some(random, TALENTS, 1).toArray(String[]::new));
            }
            role.on(someDays(random));
            for (Access what : Access.values()) {
                int answer = random.nextInt(3);
                if (answer < 2) {
                    role.offers(what, answer == 0);
                }
            }
            roles.add(role.open());
        }
        List<Candidate> candidates = new ArrayList<>();
        int candidateCount = random.nextInt(7);
        for (int p = 0; p < candidateCount; p++) {
            CandidateBuilder candidate = participant("p" + p)
                    .shares(some(random, TALENTS, 0).toArray(String[]::new))
                    .wantsToLearn(some(random, TALENTS, 0).toArray(String[]::new))
                    .speaks(some(random, LANGUAGES, 0).toArray(String[]::new));
            int placeCount = random.nextInt(3);
            GeoPoint[] places = new GeoPoint[placeCount];
            for (int i = 0; i < placeCount; i++) {
                places[i] = around(random);
            }
            candidate.goesTo(places);
            if (random.nextInt(4) == 0) {
                candidate.needs(Access.values()[random.nextInt(Access.values().length)]);
            }
            candidate.free(someDays(random));
            candidates.add(candidate.candidate());
        }
        return new Run(roles, candidates);
    }

    record Run(List<OpenRole> roles, List<Candidate> candidates) {}

    /** No days (unknown) one time in three, else one to three days of the week, so that some pairs do not meet. */
    private static DayOfWeek[] someDays(Random random) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (random.nextInt(3) > 0) {
            int count = 1 + random.nextInt(3);
            while (days.size() < count) {
                days.add(DayOfWeek.values()[random.nextInt(DayOfWeek.values().length)]);
            }
        }
        return days.toArray(DayOfWeek[]::new);
    }

    /** A point within about 7 km of the café, so that some pairs lie beyond 5 km. */
    private static GeoPoint around(Random random) {
        return new GeoPoint(
                REPAIR_CAFE.latitude() + (random.nextDouble() - 0.5) * 0.12,
                REPAIR_CAFE.longitude() + (random.nextDouble() - 0.5) * 0.18);
    }

    private static List<String> some(Random random, List<String> from, int atLeast) {
        List<String> chosen = new ArrayList<>();
        for (String value : from) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        while (chosen.size() < atLeast) {
            String value = from.get(random.nextInt(from.size()));
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
