package be.brugwerk.coaching.scoring;

import java.util.Locale;

/**
 * A subscale of a validated instrument: emotional and social loneliness of the De Jong Gierveld scale, the
 * family and friends subscales of the LSNS-6. Its name lives in the message bundles under
 * {@code subscale.<key>.name}.
 */
public enum Subscale {
    /** Emotional loneliness (emotionele eenzaamheid): missing an intimate relationship. */
    EMOTIONAL,
    /** Social loneliness (sociale eenzaamheid): missing a wider circle of people. */
    SOCIAL,
    /** LSNS-6 items 1-3: relatives by birth, marriage, adoption, etc. */
    FAMILY,
    /** LSNS-6 items 4-6: friends, including those in the neighbourhood. */
    FRIENDS;

    /** The message key of the subscale's name, e.g. {@code subscale.emotional.name}. */
    public String nameKey() {
        return "subscale." + key() + ".name";
    }

    /** The subscale as it appears in message keys, e.g. {@code emotional}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
