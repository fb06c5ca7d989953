package be.brugwerk.network.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;

import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.EgoNetwork;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.Member;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.Relationship;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Tie;
import be.brugwerk.network.analysis.Valence;

/**
 * Seeded random network maps for the benchmarks. Ties among members follow G(n, p) with p = the tie density;
 * relationships are drawn at random: each support function present with probability 0.4 (random direction),
 * status 85 % active, 10 % dormant, 5 % broken, valence 80 % supportive, 15 % ambivalent, 5 % harmful,
 * 20 % light ties. The same seed gives the same maps on every machine ({@link SplittableRandom}).
 *
 * <p>{@code main(directory)} writes the structure of the benchmarked maps (active members numbered
 * 0..n-1, the ties among them) so that scripts/network_benchmark_networkx.py times networkx on the very same
 * ego networks.
 */
public final class RandomMaps {

    /** The share of possible ties among members that exist, for every benchmarked map. */
    public static final double TIE_DENSITY = 0.25;
    /** Maps in the batch benchmark. */
    public static final int BATCH_MAPS = 100_000;
    /** Members per map in the batch: uniform from 1 (a newcomer) to 30 (a rich network). */
    public static final int BATCH_MIN_MEMBERS = 1;
    public static final int BATCH_MAX_MEMBERS = 30;

    private static final long SINGLE_SEED = 20261125L;
    private static final long BATCH_SEED = 4242L;

    private RandomMaps() {
    }

    /** The one map of {@code members} members that the single-map benchmark analyses. */
    public static NetworkMap single(int members) {
        return map(new SplittableRandom(SINGLE_SEED + members), "participant", members, TIE_DENSITY);
    }

    /** The batch of {@link #BATCH_MAPS} maps. */
    public static List<NetworkMap> batch() {
        SplittableRandom random = new SplittableRandom(BATCH_SEED);
        List<NetworkMap> maps = new ArrayList<>(BATCH_MAPS);
        for (int i = 0; i < BATCH_MAPS; i++) {
            int members = random.nextInt(BATCH_MIN_MEMBERS, BATCH_MAX_MEMBERS + 1);
            maps.add(map(random, "participant-" + i, members, TIE_DENSITY));
        }
        return maps;
    }

    static NetworkMap map(SplittableRandom random, String participant, int size, double tieDensity) {
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(new Member("m" + i, relationship(random)));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                if (random.nextDouble() < tieDensity) {
                    ties.add(new Tie("m" + i, "m" + j));
                }
            }
        }
        return new NetworkMap(participant, members, ties);
    }

    private static Relationship relationship(SplittableRandom random) {
        RelationCategory category = pick(random, RelationCategory.values());
        Map<SupportFunction, SupportDirection> support = new EnumMap<>(SupportFunction.class);
        for (SupportFunction function : SupportFunction.values()) {
            if (random.nextDouble() < 0.4) {
                support.put(function, pick(random, SupportDirection.values()));
            }
        }
        double status = random.nextDouble();
        double valence = random.nextDouble();
        return new Relationship(category, pick(random, Ring.values()), pick(random, ContactFrequency.values()), support,
                valence < 0.80 ? Valence.SUPPORTIVE : valence < 0.95 ? Valence.AMBIVALENT : Valence.HARMFUL,
                status < 0.85 ? RelationshipStatus.ACTIVE
                        : status < 0.95 ? RelationshipStatus.DORMANT : RelationshipStatus.BROKEN,
                pick(random, CapitalType.values()), pick(random, Level.values()), random.nextDouble() < 0.2,
                category == RelationCategory.PROFESSIONAL);
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Writes single-5.txt, single-30.txt, single-150.txt and batch.txt into the directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Files.createDirectories(directory);
        for (int members : new int[] { 5, 30, 150 }) {
            write(directory.resolve("single-" + members + ".txt"), List.of(single(members)));
        }
        write(directory.resolve("batch.txt"), batch());
    }

    /** One line per map: the number n of active members, a tab, and the ties among them as "i-j". */
    private static void write(Path file, List<NetworkMap> maps) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (NetworkMap map : maps) {
                EgoNetwork network = EgoNetwork.of(map);
                StringJoiner ties = new StringJoiner(" ");
                for (int a = 0; a < network.size(); a++) {
                    for (int b = a + 1; b < network.size(); b++) {
                        if (network.tied(a, b)) {
                            ties.add(a + "-" + b);
                        }
                    }
                }
                out.write(network.size() + "\t" + ties + "\n");
            }
        }
    }
}
