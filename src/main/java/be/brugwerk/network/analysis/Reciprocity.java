package be.brugwerk.network.analysis;

import java.util.OptionalDouble;

/**
 * Give and take (wederkerigheid) over all recorded relationships, formal ones included.
 *
 * <p>A relationship is <em>only receives</em> when the participant receives some support in it and gives
 * none, <em>only gives</em> the other way round, and <em>both</em> when the participant receives and gives
 * (one function both ways, or one function received and another given). The <em>balance</em> weighs each
 * (relationship, function) pair: with g pairs in which the participant gives (GIVES or BOTH) and r pairs in
 * which they receive (RECEIVES or BOTH), balance = (g - r) / (g + r), from -1 (only receives) through 0
 * (as much given as received) to +1 (only gives); undefined (empty) when no support is recorded.
 *
 * @param onlyReceives relationships in which the participant only receives
 * @param onlyGives relationships in which the participant only gives
 * @param both relationships with support both ways
 * @param withoutSupport relationships with no support function recorded
 * @param given g: (relationship, function) pairs in which the participant gives
 * @param received r: (relationship, function) pairs in which the participant receives
 */
public record Reciprocity(int onlyReceives, int onlyGives, int both, int withoutSupport, int given, int received) {

    /** (g - r) / (g + r), or empty when no support is recorded. */
    public OptionalDouble balance() {
        int exchanged = given + received;
        return exchanged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (given - received) / exchanged);
    }

    /** Relationships in which the participant gives, alone or both ways. */
    public int givingRelationships() {
        return onlyGives + both;
    }
}
