package be.brugwerk.matching.bench;

import be.brugwerk.matching.engine.BuddyMatcher;
import be.brugwerk.matching.engine.MatchingPhase;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.MatchingResult;
import be.brugwerk.matching.engine.WaitingListMatching;
import java.util.EnumMap;
import java.util.Map;
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
 * One whole matching run (candidates, scoring, min-cost flow) over a synthetic waiting list. The progress
 * listener notes when each phase starts, so the tear-down can show where the last run spent its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class BuddyMatchingBenchmark {

    @Param({"1000", "20000", "100000"})
    int participants;

    private MatchingRequest request;
    private final BuddyMatcher matcher = new WaitingListMatching();
    private MatchingResult last;
    private final Map<MatchingPhase, Long> phaseStarts = new EnumMap<>(MatchingPhase.class);

    @Setup(Level.Trial)
    public void buildWaitingList() {
        request = WaitingLists.of(participants, 42);
    }

    @Benchmark
    public MatchingResult matchTheWholeWaitingList() {
        last = matcher.match(request, phase -> phaseStarts.put(phase, System.nanoTime()));
        return last;
    }

    @TearDown(Level.Trial)
    public void describe() {
        System.err.printf("%n[size] %d participants, %d buddies, %d candidate pairs (%.1f per participant), %d pairs proposed, %d still waiting%n",
                request.waiting().size(), request.buddies().size(), last.candidateCount(), last.candidateCount() / (double) participants,
                last.pairs().size(), last.stillWaiting().size());
        System.err.printf("[phases of the last run] candidates %d ms, scoring %d ms, solving and explaining %d ms%n",
                millisBetween(MatchingPhase.CANDIDATES, MatchingPhase.SCORING), millisBetween(MatchingPhase.SCORING, MatchingPhase.SOLVING),
                millisBetween(MatchingPhase.SOLVING, MatchingPhase.DONE));
    }

    private long millisBetween(MatchingPhase from, MatchingPhase to) {
        return (phaseStarts.get(to) - phaseStarts.get(from)) / 1_000_000;
    }
}
