package be.brugwerk.network.benchmark;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import be.brugwerk.network.analysis.EgoNetwork;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.Structure;

/**
 * One map of 5 (the vulnerable average), 30 (a rich network) and 150 members (Dunbar's number, far beyond
 * any map drawn by hand), tie density {@link RandomMaps#TIE_DENSITY}: the whole analysis, and the structural
 * measures alone (what networkx is timed on).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NetworkAnalysisBenchmark {

    @Param({ "5", "30", "150" })
    int members;

    private NetworkMap map;
    private final NetworkAnalyser analyser = new NetworkAnalyser();

    @Setup
    public void createMap() {
        map = RandomMaps.single(members);
    }

    @Benchmark
    public NetworkAnalysis analyse() {
        return analyser.analyse(map);
    }

    @Benchmark
    public Structure structure() {
        return Structure.of(EgoNetwork.of(map));
    }
}
