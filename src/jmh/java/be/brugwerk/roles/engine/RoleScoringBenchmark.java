package be.brugwerk.roles.engine;

import be.brugwerk.system.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The weighing of a role matching run at the size of the seeded region data ({@code
 * scripts/bench/role_proposals_seed.sql}, docs/region-scale.md): 2,726 candidates against 60 roles, 163,560 pairs, each
 * checked against the hard rules and, when allowed, scored ({@link RoleScoring#allows}, {@link RoleScoring#milliPoints}:
 * the loop of {@link MinCostFlowRoleMatching#match} before the solver), and the whole match beside it. The organisation
 * is the seed's, made the same way: participant n shares one of five talents, and one of three more or wants to learn
 * it, speaks Dutch and has one place on a grid of 97 &times; 89 points 1/1000 degree apart; 20 actors on a diagonal
 * with 3 roles each, asking one of the five talents, in Dutch, on any day, with 2 to 5 open places. In the package of
 * the engine because the scoring is package-private; compiled only in the Maven profile {@code bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class RoleScoringBenchmark {

    static final int CANDIDATES = 2726;
    static final int ACTORS = 20;
    static final int ROLES_PER_ACTOR = 3;
    private static final String[] SHARED = {"REPAIRS", "COOKING", "GARDENING", "COMPUTERS", "MUSIC"};
    private static final String[] SECOND = {"WELCOMING", "CRAFTS", "LANGUAGES"};

    private final RoleMatchingRules rules = RoleMatchingRules.DEFAULT;
    private List<OpenRole> roles;
    private List<Candidate> candidates;

    @Setup
    public void seedTheOrganisation() {
        candidates = new ArrayList<>(CANDIDATES);
        for (int n = 1; n <= CANDIDATES; n++) {
            String second = SECOND[n % 3];
            candidates.add(new Candidate(
                    "p" + n,
                    n % 2 == 0 ? Set.of(SHARED[n % 5], second) : Set.of(SHARED[n % 5]),
                    n % 2 == 1 ? Set.of(second) : Set.of(),
                    Set.of("nl"),
                    Set.of(),
                    List.of(new GeoPoint(51.0 + (n % 97) / 1000.0, 3.70 + (n % 89) / 1000.0)),
                    Set.of()));
        }
        roles = new ArrayList<>(ACTORS * ROLES_PER_ACTOR);
        for (int g = 1; g <= ACTORS; g++) {
            GeoPoint actor = new GeoPoint(51.0 + g / 300.0, 3.70 + g / 300.0);
            for (int k = 1; k <= ROLES_PER_ACTOR; k++) {
                roles.add(new OpenRole(
                        "r" + g + "-" + k,
                        Set.of(SHARED[(g + k) % 5]),
                        Set.of(),
                        Set.of("nl"),
                        actor,
                        Map.of(),
                        2 + (g + k) % 4,
                        Set.of()));
            }
        }
    }

    /** Every pair checked and, when allowed, scored: the sum of the scores, so that nothing is left unused. */
    @Benchmark
    public long weighEveryPair() {
        RoleScoring scoring = new RoleScoring(rules);
        long sum = 0;
        for (Candidate candidate : candidates) {
            for (OpenRole role : roles) {
                if (scoring.allows(candidate, role)) {
                    sum += scoring.milliPoints(candidate, role);
                }
            }
        }
        return sum;
    }

    /** The whole run: the weighing, OR-Tools' min-cost flow and the proposals' explanations. */
    @Benchmark
    public RoleMatchingResult matchTheOrganisation() {
        return new MinCostFlowRoleMatching().match(roles, candidates, rules);
    }
}
