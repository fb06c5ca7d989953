package be.brugwerk.network.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import be.brugwerk.network.analysis.EgoNetwork;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.Structure;

/**
 * A seeded batch of {@link RandomMaps#BATCH_MAPS} maps of 1 to 30 members, tie density
 * {@link RandomMaps#TIE_DENSITY}, analysed one after the other on one thread: what a nightly report over a
 * large caseload would do. The maps are built once per trial, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class NetworkAnalysisBatchBenchmark {

    private List<NetworkMap> maps;
    private final NetworkAnalyser analyser = new NetworkAnalyser();

    @Setup(Level.Trial)
    public void createMaps() {
        maps = RandomMaps.batch();
    }

    @Benchmark
    public void analyseAll(Blackhole results) {
        for (NetworkMap map : maps) {
            results.consume(analyser.analyse(map));
        }
    }

    @Benchmark
    public void structureOfAll(Blackhole results) {
        for (NetworkMap map : maps) {
            results.consume(Structure.of(EgoNetwork.of(map)));
        }
    }
}
