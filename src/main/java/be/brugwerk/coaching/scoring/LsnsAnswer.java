package be.brugwerk.coaching.scoring;

/**
 * An answer to an LSNS-6 question and its points, as the PhenX protocol codes them [LSNS-phenx]: 0 = none,
 * 1 = one, 2 = two, 3 = three or four, 4 = five through eight, 5 = nine or more. The label lives in the message
 * bundles under {@code lsns-6.answer.<points>}.
 */
public enum LsnsAnswer {
    NONE,
    ONE,
    TWO,
    THREE_OR_FOUR,
    FIVE_THROUGH_EIGHT,
    NINE_OR_MORE;

    /** The answer's points, 0 to 5: its code in the protocol. */
    public int points() {
        return ordinal();
    }

    /** The answer coded {@code points}; an {@link IllegalArgumentException} naming {@code item} otherwise. */
    public static LsnsAnswer coded(LsnsItem item, int points) {
        if (points < 0 || points >= values().length) {
            throw new IllegalArgumentException("LSNS-6 item " + item.number() + " (" + item + "): " + points
                    + " is not an answer code (0 to " + (values().length - 1) + ")");
        }
        return values()[points];
    }

    /** The message key of the answer's label, e.g. {@code lsns-6.answer.3}. */
    public String labelKey() {
        return Instrument.LSNS_6.key() + ".answer." + points();
    }
}
