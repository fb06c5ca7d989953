package be.brugwerk.coaching.scoring;

import java.util.Locale;

/**
 * Why a {@link Score} could not be computed. The text staff see lives in the message bundles under
 * {@code missing.<key>.text}.
 */
public enum MissingReason {
    /**
     * The 6-item De Jong Gierveld total with more than one item unanswered: the manual's SPSS syntax, section 8,
     * {@code if (mlones>1) lones=-1}.
     */
    MORE_THAN_ONE_ITEM_UNANSWERED,
    /** A 6-item De Jong Gierveld subscale with any of its three items unanswered: the manual's SPSS syntax. */
    SUBSCALE_ITEM_UNANSWERED,
    /**
     * An item is unanswered and no confirmed rule for missing answers exists (the 11-item De Jong Gierveld scale,
     * whose manual rule could not be confirmed, and the LSNS-6, for which none was retrieved): the figure is
     * computed only when every item of it is answered.
     */
    ITEM_UNANSWERED_WITHOUT_CONFIRMED_RULE;

    /** The message key of the text staff see, e.g. {@code missing.subscale-item-unanswered.text}. */
    public String textKey() {
        return "missing." + key() + ".text";
    }

    /** The reason as it appears in message keys, e.g. {@code subscale-item-unanswered}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
