package be.brugwerk.coaching.scoring;

import java.util.Locale;

/**
 * A De Jong Gierveld category. <strong>A group-level convention from survey research</strong>, not a
 * diagnosis of a person: the manual's conditions of use say the scale was developed for scientific survey
 * research. Staff see a category only with the note under {@link #NOTE_KEY}; what a participant receives shows
 * their answers and the change over time, not a label. The category's name lives under
 * {@code de-jong-gierveld.category.<key>}. The cut-offs are per version ({@link LonelinessScale}).
 */
public enum LonelinessCategory {
    /** “niet eenzaam”. */
    NOT_LONELY,
    /** “matig eenzaam” (total only). */
    MODERATELY_LONELY,
    /** “sterk eenzaam” (total only). */
    SEVERELY_LONELY,
    /** “zeer sterk eenzaam” (11-item total of 11 only). */
    VERY_SEVERELY_LONELY,
    /** “eenzaam” (subscales only, which the sources split in two). */
    LONELY;

    /** The message key of the note that must accompany any category shown to staff. */
    public static final String NOTE_KEY = "de-jong-gierveld.category.note";

    /** Whether the category counts as lonely (“eenzaam”): every category but {@link #NOT_LONELY}. */
    public boolean lonely() {
        return this != NOT_LONELY;
    }

    /** The message key of the category's name, e.g. {@code de-jong-gierveld.category.moderately-lonely}. */
    public String nameKey() {
        return "de-jong-gierveld.category." + key();
    }

    /** The category as it appears in message keys, e.g. {@code moderately-lonely}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
