package be.brugwerk.matching.bench;

import be.brugwerk.matching.engine.AssignmentProblem;
import be.brugwerk.matching.engine.CostScalingAssignment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * JGraphT's Kuhn-Munkres on the same dense matrices as {@link AssignmentBenchmark} (arguments: the highest
 * cost, then the sizes), one timed run per size
 * after one warm-up run at n = 200, each capped at two minutes ("not finished" beyond; the JVM then
 * exits, as the algorithm cannot be interrupted). Building the JGraphT graph is timed apart. Run through the
 * bench profile with {@code -Dbench.main=be.brugwerk.matching.bench.KuhnMunkresTimings}.
 */
public final class KuhnMunkresTimings {

    private static final long CAP_SECONDS = 120;

    private KuhnMunkresTimings() {
    }

    public static void main(String[] args) throws Exception {
        solve(200);
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kuhn-munkres");
            thread.setDaemon(true);
            return thread;
        });
        int highestCost = args.length == 0 ? 100 : Integer.parseInt(args[0]);
        String[] sizes = args.length <= 1 ? new String[] {"1000", "2000", "5000"} : Arrays.copyOfRange(args, 1, args.length);
        for (String arg : sizes) {
            int size = Integer.parseInt(arg);
            long[] costs = DenseCosts.uniform(size, 1, highestCost, size);
            long orTools = new CostScalingAssignment().solve(AssignmentProblem.dense(size, costs)).totalCost();
            long built = System.nanoTime();
            Graph<Integer, DefaultWeightedEdge> graph = graph(size, costs);
            double buildSeconds = (System.nanoTime() - built) / 1e9;
            long started = System.nanoTime();
            Future<Double> weight = worker.submit(() -> matchingWeight(graph, size));
            try {
                double result = weight.get(CAP_SECONDS, TimeUnit.SECONDS);
                System.out.printf("costs 1..%d, n=%d: kuhn-munkres %.1f s (graph built in %.1f s), cost %.0f, OR-Tools cost %d%n", highestCost, size,
                        (System.nanoTime() - started) / 1e9, buildSeconds, result, orTools);
            } catch (TimeoutException capped) {
                System.out.printf("costs 1..%d, n=%d: kuhn-munkres not finished after %d s (graph built in %.1f s)%n", highestCost, size, CAP_SECONDS,
                        buildSeconds);
                System.exit(0);
            }
        }
        System.exit(0);
    }

    private static void solve(int size) {
        long[] costs = DenseCosts.uniform(size, 1, 100, size);
        matchingWeight(graph(size, costs), size);
    }

    private static Graph<Integer, DefaultWeightedEdge> graph(int size, long[] costs) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 2 * size; v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                graph.setEdgeWeight(graph.addEdge(i, size + j), costs[i * size + j]);
            }
        }
        return graph;
    }

    private static double matchingWeight(Graph<Integer, DefaultWeightedEdge> graph, int size) {
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int v = 0; v < size; v++) {
            left.add(v);
            right.add(size + v);
        }
        return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
    }
}
