package be.brugwerk.network.analysis;

/**
 * The density of the ties among members: the share of possible ties that exist, 2t / (n(n - 1)) for n
 * members and t ties among them, ties to the ego not counted (Wasserman &amp; Faust 1994, §4.2). Zero when
 * n &lt; 2, where no tie is possible. O(1).
 */
public final class Density implements NetworkMeasure<Double> {

    @Override
    public Double measure(EgoNetwork network) {
        int n = network.size();
        if (n < 2) {
            return 0.0;
        }
        return 2.0 * network.tiesAmongMembers() / ((double) n * (n - 1));
    }
}
