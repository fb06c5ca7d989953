package be.brugwerk.coaching.scoring;

import java.util.Locale;

/**
 * An answer to a De Jong Gierveld statement, from “nee!” to “ja!” (the manual's self-completion categories).
 * Which answers a form offers depends on its {@link LonelinessAnswerFormat}; the label lives in the message
 * bundles under {@code de-jong-gierveld.answer.<format>.<key>}.
 */
public enum LonelinessAnswer {
    /** “nee!” (five categories only). */
    STRONG_NO,
    /** “nee”. */
    NO,
    /** “min of meer” (three categories), “min-of-meer” (five categories). */
    MORE_OR_LESS,
    /** “ja”. */
    YES,
    /** “ja!” (five categories only). */
    STRONG_YES;

    /** The answer as it appears in message keys, e.g. {@code more-or-less}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
