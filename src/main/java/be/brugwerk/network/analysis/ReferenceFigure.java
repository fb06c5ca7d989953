package be.brugwerk.network.analysis;

import java.util.OptionalInt;

/**
 * Reference figures from the seeds: people in vulnerable situations have on average 5 network members,
 * people with a rich network 30, of whom on average 12 family, 13 good friends and 5 professionals; people
 * in poverty have 2 family and 3 professionals.
 */
public enum ReferenceFigure {
    /** Active members: 5 on average in vulnerable situations, 30 in a rich network. */
    MEMBERS(OptionalInt.of(5), 30),
    /** Active family members: 2 for people in poverty, 12 in a rich network. */
    FAMILY(OptionalInt.of(2), 12),
    /** Active friends: 13 in a rich network; the seeds give no figure for people in poverty. */
    FRIENDS(OptionalInt.empty(), 13),
    /** Active professionals: 3 for people in poverty, 5 in a rich network. */
    PROFESSIONALS(OptionalInt.of(3), 5);

    private final OptionalInt vulnerable;
    private final int rich;

    ReferenceFigure(OptionalInt vulnerable, int rich) {
        this.vulnerable = vulnerable;
        this.rich = rich;
    }

    /** The figure for people in vulnerable situations or in poverty, where the seeds give one. */
    public OptionalInt vulnerable() {
        return vulnerable;
    }

    /** The figure for people with a rich network. */
    public int rich() {
        return rich;
    }
}
