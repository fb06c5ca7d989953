package be.brugwerk.matching.bench;

import be.brugwerk.matching.engine.AssignmentProblem;
import be.brugwerk.matching.engine.AssignmentResult;
import be.brugwerk.matching.engine.CostScalingAssignment;
import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dense n x n assignment with costs drawn uniformly from 1..100 (where an all-ones assignment almost always
 * exists, so the optimum is n) and from 1..1,000,000 (no such shortcut):
 * the engine's {@link CostScalingAssignment} beside the bare OR-Tools call it wraps. JGraphT's Kuhn-Munkres
 * runs in {@link KuhnMunkresTimings}, as it needs a hard time cap that JMH cannot give.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class AssignmentBenchmark {

    @Param({"1000", "2000", "5000"})
    int size;

    @Param({"100", "1000000"})
    int highestCost;

    private long[] costs;
    private AssignmentProblem problem;

    @Setup(Level.Trial)
    public void drawCosts() {
        costs = DenseCosts.uniform(size, 1, highestCost, size);
        problem = AssignmentProblem.dense(size, costs);
        Loader.loadNativeLibraries();
    }

    @Benchmark
    public AssignmentResult engine() {
        return new CostScalingAssignment().solve(problem);
    }

    @Benchmark
    public long bareOrTools() {
        LinearSumAssignment assignment = new LinearSumAssignment();
        try {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    assignment.addArcWithCost(i, j, costs[i * size + j]);
                }
            }
            if (assignment.solve() != LinearSumAssignment.Status.OPTIMAL) {
                throw new IllegalStateException("not optimal");
            }
            return assignment.getOptimalCost();
        } finally {
            assignment.delete();
        }
    }
}
