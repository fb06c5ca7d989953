package be.brugwerk.coaching.scoring;

import java.util.List;

/**
 * The outcome instruments Brugwerk scores, with their subscales and whether they are validated. The name and
 * the origin of the wording of each live in the message bundles {@code i18n/coaching_*.properties} under
 * {@code instrument.<key>.name} and {@code instrument.<key>.wording}.
 */
public enum Instrument {
    /** De Jong Gierveld loneliness scale, 11 items (de Jong Gierveld &amp; Kamphuis 1985). */
    DE_JONG_GIERVELD_11("de-jong-gierveld-11", true, List.of(Subscale.EMOTIONAL, Subscale.SOCIAL)),
    /** De Jong Gierveld loneliness scale, 6-item short version (de Jong Gierveld &amp; van Tilburg 2006). */
    DE_JONG_GIERVELD_6("de-jong-gierveld-6", true, List.of(Subscale.EMOTIONAL, Subscale.SOCIAL)),
    /** Lubben Social Network Scale, 6 items (Lubben et al. 2006, The Gerontologist 46(4):503-513). */
    LSNS_6("lsns-6", true, List.of(Subscale.FAMILY, Subscale.FRIENDS)),
    /**
     * A self-rating on Schalock's eight quality-of-life domains. <strong>Not a validated instrument</strong>:
     * one question per domain of our own making, without total, subscales or categories.
     */
    SCHALOCK_SELF_RATING("schalock-self-rating", false, List.of());

    private final String key;
    private final boolean validated;
    private final List<Subscale> subscales;

    Instrument(String key, boolean validated, List<Subscale> subscales) {
        this.key = key;
        this.validated = validated;
        this.subscales = subscales;
    }

    /** The instrument as it appears in message keys, e.g. {@code lsns-6}. */
    public String key() {
        return key;
    }

    /** The message key of the instrument's name, e.g. {@code instrument.lsns-6.name}. */
    public String nameKey() {
        return "instrument." + key + ".name";
    }

    /**
     * The message key of where the wording in a language comes from: the original, a published translation, or
     * a translation of ours, which the product must show as such.
     */
    public String wordingKey() {
        return "instrument." + key + ".wording";
    }

    /** Whether the instrument is a published, validated scale; false for the Schalock self-rating. */
    public boolean validated() {
        return validated;
    }

    /** The instrument's subscales in the order the sources list them; empty when it has none. */
    public List<Subscale> subscales() {
        return subscales;
    }
}
