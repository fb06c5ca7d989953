package be.brugwerk.matching.bench;

import java.util.Random;

/** Reproducible dense cost matrices, row-major. */
final class DenseCosts {

    private DenseCosts() {
    }

    static long[] uniform(int size, int lowest, int highest, long seed) {
        Random random = new Random(seed);
        long[] costs = new long[size * size];
        for (int k = 0; k < costs.length; k++) {
            costs[k] = lowest + random.nextInt(highest - lowest + 1);
        }
        return costs;
    }
}
