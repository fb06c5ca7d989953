package be.brugwerk.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinCostFlowBMatchingUnitTests {

    private final BMatchingSolver solver = new MinCostFlowBMatching();

    @Test
    void returnsAnEmptyMatchingForAnEmptyGraph() {
        BMatchingResult result = solver.solve(new BMatchingProblem(List.of(), List.of(), List.of()));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.totalScore()).isZero();
    }

    @Test
    void returnsAnEmptyMatchingForNodesWithoutEdges() {
        BMatchingResult result = solver.solve(new BMatchingProblem(nodes("a"), nodes("x"), List.of()));

        assertThat(result.pairs()).isEmpty();
    }

    @Test
    void takesTheOnlyEdgeOfAOneByOneGraph() {
        BMatchingResult result = solver.solve(new BMatchingProblem(nodes("a"), nodes("x"), List.of(edge("a", "x", 5))));

        assertThat(result.pairs()).containsExactly(edge("a", "x", 5));
        assertThat(result.totalScore()).isEqualTo(5);
        assertThat(result.exact()).isTrue();
    }

    @Test
    void neverTakesAnEdgeWithoutPositiveScore() {
        BMatchingResult result = solver.solve(
                new BMatchingProblem(nodes("a", "b"), nodes("x"), List.of(edge("a", "x", 0), edge("b", "x", -3))));

        assertThat(result.pairs()).isEmpty();
    }

    @Test
    void prefersTheHeavierPairingOfATwoByTwoGraph() {
        // a-x + b-y = 3 + 3 = 6 beats a-y + b-x = 5 + 0, although a-y is the heaviest single edge
        BMatchingResult result = solver.solve(new BMatchingProblem(
                nodes("a", "b"), nodes("x", "y"), List.of(edge("a", "x", 3), edge("a", "y", 5), edge("b", "y", 3))));

        assertThat(result.pairs()).containsExactly(edge("a", "x", 3), edge("b", "y", 3));
        assertThat(result.totalScore()).isEqualTo(6);
    }

    @Test
    void doesNotForceAPerfectMatchingWhenItScoresLess() {
        // a-y alone (10) beats the perfect a-x + b-y (1 + 1)
        BMatchingResult result = solver.solve(new BMatchingProblem(
                nodes("a", "b"), nodes("x", "y"), List.of(edge("a", "x", 1), edge("a", "y", 10), edge("b", "y", 1))));

        assertThat(result.pairs()).containsExactly(edge("a", "y", 10));
    }

    @Test
    void letsANodeTakeAsManyEdgesAsItsCapacity() {
        BMatchingProblem problem = new BMatchingProblem(
                nodes("a", "b", "c"),
                List.of(new MatchingNode("x", 2)),
                List.of(edge("a", "x", 1), edge("b", "x", 4), edge("c", "x", 3)));

        BMatchingResult result = solver.solve(problem);

        assertThat(result.pairs()).containsExactly(edge("b", "x", 4), edge("c", "x", 3));
        assertThat(result.totalScore()).isEqualTo(7);
    }

    @Test
    void matchesTheEarlierLeftNodeFirstOnATieWhenAsked() {
        BMatchingProblem earlierFirst =
                new BMatchingProblem(nodes("b", "a"), nodes("x"), List.of(edge("a", "x", 2), edge("b", "x", 2)));
        BMatchingProblem otherOrder =
                new BMatchingProblem(nodes("a", "b"), nodes("x"), List.of(edge("a", "x", 2), edge("b", "x", 2)));
        BMatchingSolver tieBreaking = new MinCostFlowBMatching(TieBreak.EARLIER_LEFT_FIRST);

        assertThat(tieBreaking.solve(earlierFirst).pairs()).containsExactly(edge("b", "x", 2));
        assertThat(tieBreaking.solve(otherOrder).pairs()).containsExactly(edge("a", "x", 2));
        assertThat(tieBreaking.solve(otherOrder).tieBreakApplied()).isTrue();
    }

    @Test
    void dropsTheTieBreakWhenItWouldOverflowAndSaysSo() {
        // 2^45 fits the cost range of 302 nodes, 2^45 times the tie-break factor 1 * 300 + 1 does not
        List<MatchingNode> left =
                IntStream.range(0, 300).mapToObj(i -> MatchingNode.of("l" + i)).toList();
        BMatchingProblem problem = new BMatchingProblem(left, nodes("x"), List.of(edge("l7", "x", 0x1p45)));

        BMatchingResult result = new MinCostFlowBMatching(TieBreak.EARLIER_LEFT_FIRST).solve(problem);

        assertThat(result.tieBreakApplied()).isFalse();
        assertThat(result.pairs()).containsExactly(edge("l7", "x", 0x1p45));
    }

    @Test
    void findsTheOptimumOfFractionalScoresWithinTheStatedAccuracy() {
        // 0.1 + 0.2 and 0.3 differ only in the last bits of a double: any of them is within 1e-6
        BMatchingResult result = solver.solve(new BMatchingProblem(
                nodes("a", "b"),
                nodes("x", "y"),
                List.of(edge("a", "x", 0.1), edge("b", "y", 0.2), edge("a", "y", 0.3000001))));

        assertThat(result.exact()).isFalse();
        assertThat(result.totalScore()).isCloseTo(0.3000001, within(0.3000001 * 1e-6));
    }

    @Test
    void refusesIntegerScoresBeyondTheInt64CostRange() {
        // 2^53 is still an exact integer, but 2^53 times (303 nodes + 1) exceeds the 2^61 headroom
        List<MatchingNode> left =
                IntStream.range(0, 300).mapToObj(i -> MatchingNode.of("l" + i)).toList();
        BMatchingProblem problem = new BMatchingProblem(left, nodes("x"), List.of(edge("l0", "x", 0x1p53)));

        assertThatThrownBy(() -> solver.solve(problem))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("cost range");
    }

    @Test
    void refusesAnEdgeToAnUndeclaredNode() {
        assertThatThrownBy(() -> new BMatchingProblem(nodes("a"), nodes("x"), List.of(edge("a", "y", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown right node y");
    }

    @Test
    void refusesTheSameEdgeTwice() {
        assertThatThrownBy(() ->
                        new BMatchingProblem(nodes("a"), nodes("x"), List.of(edge("a", "x", 1), edge("a", "x", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void refusesANodeWithoutCapacity() {
        assertThatThrownBy(() -> new MatchingNode("a", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void matchesTheBruteForceOptimumOnRandomGraphsUpToSevenBySeven(long seed) {
        Random random = new Random(seed);
        for (int instance = 0; instance < 15; instance++) {
            boolean fractional = instance % 2 == 1;
            boolean dense = instance % 3 == 0;
            boolean withCapacities = instance % 5 >= 2;
            BMatchingProblem problem = randomProblem(
                    random, 1 + random.nextInt(7), 1 + random.nextInt(7), dense, fractional, withCapacities);

            BMatchingResult result = solver.solve(problem);

            double optimum = BruteForce.maximumBMatchingScore(problem);
            assertThat(result.totalScore())
                    .as("seed %d instance %d: %s", seed, instance, problem)
                    .isCloseTo(optimum, within(Math.max(1e-12, Math.abs(optimum) * 1e-6)));
            assertThat(result.exact())
                    .isEqualTo(!fractional || problem.edges().stream().noneMatch(e -> e.score() > 0));
            assertRespectsCapacities(problem, result);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void keepsTheRelativeAccuracyWhenScoresSpanTwelveOrdersOfMagnitude(long seed) {
        Random random = new Random(seed);
        for (int instance = 0; instance < 10; instance++) {
            List<MatchingNode> left = IntStream.range(0, 6)
                    .mapToObj(i -> new MatchingNode("l" + i, 1 + random.nextInt(2)))
                    .toList();
            List<MatchingNode> right = IntStream.range(0, 6)
                    .mapToObj(i -> new MatchingNode("r" + i, 1 + random.nextInt(2)))
                    .toList();
            List<ScoredEdge> edges = new ArrayList<>();
            for (MatchingNode l : left) {
                for (MatchingNode r : right) {
                    edges.add(new ScoredEdge(l.id(), r.id(), Math.pow(10, random.nextDouble() * 12 - 6)));
                }
            }
            BMatchingProblem problem = new BMatchingProblem(left, right, edges);

            double optimum = BruteForce.maximumBMatchingScore(problem);

            assertThat(solver.solve(problem).totalScore())
                    .isCloseTo(optimum, within(optimum * MinCostFlowBMatching.RELATIVE_ACCURACY));
        }
    }

    @Test
    void scalesByTheLeastPowerOfTwoThatGivesTheStatedAccuracy() {
        // K / (1e-6 * w_max) = 3 / (1e-6 * 0.75) = 4,000,000, so F = 2^22 = 4,194,304
        assertThat(MinCostFlowBMatching.scaleFor(3, 0.75)).isEqualTo(0x1p22);
        assertThat(MinCostFlowBMatching.scaleFor(1, 1e6)).isEqualTo(1.0);
    }

    static BMatchingProblem randomProblem(
            Random random, int leftCount, int rightCount, boolean dense, boolean fractional, boolean withCapacities) {
        List<MatchingNode> left = IntStream.range(0, leftCount)
                .mapToObj(i -> new MatchingNode("l" + i, withCapacities ? 1 + random.nextInt(3) : 1))
                .toList();
        List<MatchingNode> right = IntStream.range(0, rightCount)
                .mapToObj(i -> new MatchingNode("r" + i, withCapacities ? 1 + random.nextInt(3) : 1))
                .toList();
        List<ScoredEdge> edges = new ArrayList<>();
        for (MatchingNode l : left) {
            for (MatchingNode r : right) {
                if (dense || random.nextDouble() < 0.4) {
                    double score = fractional ? random.nextDouble() * 100 - 10 : random.nextInt(50) - 5;
                    edges.add(new ScoredEdge(l.id(), r.id(), score));
                }
            }
        }
        return new BMatchingProblem(left, right, edges);
    }

    private static void assertRespectsCapacities(BMatchingProblem problem, BMatchingResult result) {
        for (MatchingNode node : problem.left()) {
            assertThat(result.pairs().stream()
                            .filter(pair -> pair.left().equals(node.id()))
                            .count())
                    .isLessThanOrEqualTo(node.capacity());
        }
        for (MatchingNode node : problem.right()) {
            assertThat(result.pairs().stream()
                            .filter(pair -> pair.right().equals(node.id()))
                            .count())
                    .isLessThanOrEqualTo(node.capacity());
        }
        assertThat(result.pairs()).allSatisfy(pair -> assertThat(pair.score()).isPositive());
        assertThat(result.totalScore())
                .isCloseTo(
                        result.pairs().stream().mapToDouble(ScoredEdge::score).sum(), within(1e-9));
    }

    private static List<MatchingNode> nodes(String... ids) {
        return List.of(ids).stream().map(MatchingNode::of).toList();
    }

    private static ScoredEdge edge(String left, String right, double score) {
        return new ScoredEdge(left, right, score);
    }
}
