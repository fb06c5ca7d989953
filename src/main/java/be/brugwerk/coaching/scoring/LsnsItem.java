package be.brugwerk.coaching.scoring;

/**
 * The six questions of the LSNS-6, numbered as in the PhenX protocol [LSNS-phenx]: three about relatives
 * ({@link Subscale#FAMILY}), three about friends ({@link Subscale#FRIENDS}). The wording (English from the
 * protocol; Dutch and French ours) lives in the message bundles under {@code lsns-6.item.<number>.text}.
 */
public enum LsnsItem {
    /** 1. How many relatives do you see or hear from at least once a month? */
    RELATIVES_SEEN_MONTHLY(1, Subscale.FAMILY),
    /** 2. How many relatives do you feel at ease with that you can talk about private matters? */
    RELATIVES_TO_TALK_PRIVATELY_WITH(2, Subscale.FAMILY),
    /** 3. How many relatives do you feel close to such that you could call on them for help? */
    RELATIVES_TO_CALL_ON_FOR_HELP(3, Subscale.FAMILY),
    /** 4. How many of your friends do you see or hear from at least once a month? */
    FRIENDS_SEEN_MONTHLY(4, Subscale.FRIENDS),
    /** 5. How many friends do you feel at ease with that you can talk about private matters? */
    FRIENDS_TO_TALK_PRIVATELY_WITH(5, Subscale.FRIENDS),
    /** 6. How many friends do you feel close to such that you could call on them for help? */
    FRIENDS_TO_CALL_ON_FOR_HELP(6, Subscale.FRIENDS);

    private final int number;
    private final Subscale subscale;

    LsnsItem(int number, Subscale subscale) {
        this.number = number;
        this.subscale = subscale;
    }

    /** The question's number on the form, from 1. */
    public int number() {
        return number;
    }

    /** {@link Subscale#FAMILY} or {@link Subscale#FRIENDS}. */
    public Subscale subscale() {
        return subscale;
    }

    /**
     * The message key of the sentence that opens the question's group, e.g. {@code lsns-6.family.text}:
     * “Considering the people to whom you are related by birth, marriage, adoption, etc.”
     */
    public String leadInKey() {
        return Instrument.LSNS_6.key() + "." + subscale.key() + ".text";
    }

    /** The message key of the question's wording, e.g. {@code lsns-6.item.1.text}. */
    public String textKey() {
        return Instrument.LSNS_6.key() + ".item." + number + ".text";
    }
}
