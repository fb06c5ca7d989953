package be.brugwerk.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CostScalingAssignmentUnitTests {

    private final AssignmentSolver solver = new CostScalingAssignment();

    @Test
    void assignsNothingAtNoCostForAnEmptyProblem() {
        AssignmentResult result = solver.solve(AssignmentProblem.sparse(0, List.of()));

        assertThat(result.perfectAssignmentExists()).isTrue();
        assertThat(result.pairs()).isEmpty();
        assertThat(result.totalCost()).isZero();
    }

    @Test
    void assignsTheOnlyPairOfAOneByOneProblem() {
        AssignmentResult result = solver.solve(AssignmentProblem.dense(new long[][] {{7}}));

        assertThat(result.pairs()).containsExactly(new AssignmentArc(0, 0, 7));
        assertThat(result.totalCost()).isEqualTo(7);
    }

    @Test
    void crossesOverWhenTheDiagonalCostsMore() {
        AssignmentResult result = solver.solve(AssignmentProblem.dense(new long[][] {{4, 1}, {2, 5}}));

        assertThat(result.pairs()).containsExactly(new AssignmentArc(0, 1, 1), new AssignmentArc(1, 0, 2));
        assertThat(result.totalCost()).isEqualTo(3);
    }

    @Test
    void solvesAThreeByThreeProblemWorkedOutByHand() {
        // the six permutations cost 15, 14, 11, 11, 9 and 12: the best is 0->2, 1->1, 2->0 at 2 + 3 + 4 = 9
        long[][] costs = {{6, 4, 2}, {5, 3, 7}, {4, 8, 6}};

        AssignmentResult result = solver.solve(AssignmentProblem.dense(costs));

        assertThat(result.totalCost()).isEqualTo(9);
        assertThat(result.pairs()).extracting(AssignmentArc::right).containsExactly(2, 1, 0);
    }

    @Test
    void acceptsNegativeCosts() {
        AssignmentResult result = solver.solve(AssignmentProblem.dense(new long[][] {{-4, 0}, {0, -5}}));

        assertThat(result.totalCost()).isEqualTo(-9);
    }

    @Test
    void saysSoWhenALeftNodeHasNoArc() {
        AssignmentProblem problem =
                AssignmentProblem.sparse(2, List.of(new AssignmentArc(0, 0, 1), new AssignmentArc(0, 1, 1)));

        AssignmentResult result = solver.solve(problem);

        assertThat(result.perfectAssignmentExists()).isFalse();
        assertThat(result.pairs()).isEmpty();
    }

    @Test
    void saysSoWhenEveryNodeHasArcsButHallsConditionFails() {
        // left 0 and 1 both reach only right 0, although right 1 and 2 are reached by left 2
        AssignmentProblem problem = AssignmentProblem.sparse(
                3,
                List.of(
                        new AssignmentArc(0, 0, 1),
                        new AssignmentArc(1, 0, 1),
                        new AssignmentArc(2, 0, 1),
                        new AssignmentArc(2, 1, 1),
                        new AssignmentArc(2, 2, 1)));

        assertThat(solver.solve(problem).perfectAssignmentExists()).isFalse();
    }

    @Test
    void refusesAnArcOutsideTheProblem() {
        assertThatThrownBy(() -> AssignmentProblem.sparse(2, List.of(new AssignmentArc(0, 2, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void refusesANonSquareMatrix() {
        assertThatThrownBy(() -> AssignmentProblem.dense(new long[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("square");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void matchesTheBruteForceOptimumOnRandomProblemsUpToSevenBySeven(long seed) {
        Random random = new Random(seed);
        for (int instance = 0; instance < 20; instance++) {
            int size = 1 + random.nextInt(7);
            boolean dense = instance % 2 == 0;
            List<AssignmentArc> arcs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    if (dense || random.nextDouble() < 0.45) {
                        arcs.add(new AssignmentArc(i, j, random.nextInt(100)));
                    }
                }
            }
            AssignmentProblem problem = AssignmentProblem.sparse(size, arcs);

            AssignmentResult result = solver.solve(problem);

            Long optimum = BruteForce.minimumAssignmentCost(problem);
            assertThat(result.perfectAssignmentExists())
                    .as("seed %d instance %d", seed, instance)
                    .isEqualTo(optimum != null);
            if (optimum != null) {
                assertThat(result.totalCost()).isEqualTo(optimum);
                assertThat(result.pairs())
                        .extracting(AssignmentArc::right)
                        .doesNotHaveDuplicates()
                        .hasSize(size);
                assertThat(result.pairs()).allSatisfy(pair -> assertThat(arcs).contains(pair));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 20, 60})
    void agreesWithJGraphTsKuhnMunkres(int size) {
        Random random = new Random(size);
        long[][] costs = new long[size][size];
        for (long[] row : costs) {
            for (int j = 0; j < size; j++) {
                row[j] = 1 + random.nextInt(1000);
            }
        }

        AssignmentResult result = solver.solve(AssignmentProblem.dense(costs));

        assertThat(result.totalCost()).isEqualTo(Math.round(kuhnMunkresCost(costs)));
    }

    private static double kuhnMunkresCost(long[][] costs) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            left.add("l" + i);
            right.add("r" + i);
            graph.addVertex("l" + i);
            graph.addVertex("r" + i);
        }
        for (int i = 0; i < costs.length; i++) {
            for (int j = 0; j < costs.length; j++) {
                graph.setEdgeWeight(graph.addEdge(left.get(i), right.get(j)), costs[i][j]);
            }
        }
        return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, new HashSet<>(left), new HashSet<>(right))
                .getMatching()
                .getWeight();
    }
}
