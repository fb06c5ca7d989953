package be.brugwerk.roles.bench;

import be.brugwerk.roles.engine.Access;
import be.brugwerk.roles.engine.Candidate;
import be.brugwerk.roles.engine.MinCostFlowRoleMatching;
import be.brugwerk.roles.engine.OpenRole;
import be.brugwerk.roles.engine.RoleMatcher;
import be.brugwerk.roles.engine.RoleMatchingResult;
import be.brugwerk.roles.engine.RoleMatchingRules;
import be.brugwerk.system.GeoPoint;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole run of the role matching ({@link MinCostFlowRoleMatching}: every participant weighed against every role,
 * the pairs that pass the hard rules scored, the maximum-weight b-matching solved and its proposals explained) over
 * a synthetic organisation: P participants and P/10 roles of 1 to 3 open places, scattered uniformly over a square
 * around Gent sized so that about {@value #ROLES_NEARBY} roles lie within the rules' default 5 km of a participant's
 * place. Talents from a list of {@value #TALENTS}: a participant shares 2 and wants to learn 1, a role asks 1 or 2 and
 * teaches 1 in 3 cases; days, languages and access needs as in the field (see docs/benchmarks-matching.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class RoleMatchingBenchmark {

    static final int TALENTS = 30;
    static final int ROLES_NEARBY = 20;
    private static final double GENT_LATITUDE = 51.05;
    private static final double GENT_LONGITUDE = 3.72;
    private static final String[] LANGUAGES = {"fr", "en", "ar", "uk", "tr", "ps", "ti", "so"};

    @Param({"1000", "5000", "20000"})
    int participants;

    private List<OpenRole> roles;
    private List<Candidate> candidates;
    private final RoleMatcher matcher = new MinCostFlowRoleMatching();
    private RoleMatchingResult last;

    @Setup(Level.Trial)
    public void buildTheOrganisation() {
        Random random = new Random(42);
        int roleCount = participants / 10;
        // expected roles within r of a point: R * pi * r^2 / side^2 = ROLES_NEARBY
        double sideKm = RoleMatchingRules.DEFAULT.maxDistanceKm() * Math.sqrt(Math.PI * roleCount / ROLES_NEARBY);
        double latitudeSpan = sideKm / 111.19;
        double longitudeSpan = sideKm / (111.19 * Math.cos(Math.toRadians(GENT_LATITUDE)));
        roles = new ArrayList<>(roleCount);
        for (int i = 0; i < roleCount; i++) {
            Set<String> asks = talents(random, 1 + random.nextInt(2));
            roles.add(new OpenRole(
                    "r" + i,
                    asks,
                    random.nextInt(3) == 0 ? talents(random, 1) : Set.of(),
                    random.nextBoolean() ? Set.of("nl") : Set.of(),
                    point(random, latitudeSpan, longitudeSpan),
                    Map.of(Access.STEP_FREE, random.nextInt(4) > 0, Access.ACCESSIBLE_TOILET, random.nextBoolean()),
                    1 + random.nextInt(3),
                    days(random, 1 + random.nextInt(2))));
        }
        candidates = new ArrayList<>(participants);
        for (int i = 0; i < participants; i++) {
            List<GeoPoint> places = new ArrayList<>();
            for (int p = 1 + random.nextInt(3); p > 0; p--) {
                places.add(point(random, latitudeSpan, longitudeSpan));
            }
            candidates.add(new Candidate(
                    "p" + i,
                    talents(random, 2),
                    talents(random, 1),
                    Set.of("nl", LANGUAGES[random.nextInt(LANGUAGES.length)]),
                    random.nextInt(10) == 0 ? Set.of(Access.STEP_FREE) : Set.of(),
                    places,
                    days(random, 2 + random.nextInt(3))));
        }
    }

    @Benchmark
    public RoleMatchingResult matchTheWholeOrganisation() {
        last = matcher.match(roles, candidates, RoleMatchingRules.DEFAULT);
        return last;
    }

    @TearDown(Level.Trial)
    public void describe() {
        int places = roles.stream().mapToInt(OpenRole::openPlaces).sum();
        System.err.printf(
                "%n[size] %d participants, %d roles with %d open places, %d candidate pairs (%.1f per participant),"
                        + " %d proposals, %d without one%n",
                candidates.size(),
                roles.size(),
                places,
                last.candidatePairs(),
                last.candidatePairs() / (double) participants,
                last.proposals().size(),
                last.unmatched().size());
    }

    private static Set<String> talents(Random random, int count) {
        Set<String> talents = new HashSet<>();
        while (talents.size() < count) {
            talents.add("T" + random.nextInt(TALENTS));
        }
        return talents;
    }

    private static Set<DayOfWeek> days(Random random, int count) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (days.size() < count) {
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
        }
        return days;
    }

    private static GeoPoint point(Random random, double latitudeSpan, double longitudeSpan) {
        return new GeoPoint(
                GENT_LATITUDE + (random.nextDouble() - 0.5) * latitudeSpan,
                GENT_LONGITUDE + (random.nextDouble() - 0.5) * longitudeSpan);
    }
}
