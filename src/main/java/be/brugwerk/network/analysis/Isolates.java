package be.brugwerk.network.analysis;

/**
 * The number of isolates: members tied to no other member, so that only the participant links them to
 * the network. Counted on the members-only graph. O(n).
 */
public final class Isolates implements NetworkMeasure<Integer> {

    @Override
    public Integer measure(EgoNetwork network) {
        int isolates = 0;
        for (int member = 0; member < network.size(); member++) {
            if (network.degree(member) == 0) {
                isolates++;
            }
        }
        return isolates;
    }
}
