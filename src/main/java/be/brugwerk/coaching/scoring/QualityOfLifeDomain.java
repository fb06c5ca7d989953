package be.brugwerk.coaching.scoring;

import java.util.Locale;

/**
 * Schalock's eight quality-of-life domains, in the order docs/domain.md and docs/instruments.md list them. The domain's
 * name and the self-rating question about it live in the message bundles under
 * {@code schalock-self-rating.domain.<key>.name} and {@code .question}.
 */
public enum QualityOfLifeDomain {
    PHYSICAL_WELL_BEING,
    SELF_DETERMINATION,
    EMOTIONAL_WELL_BEING,
    INTERPERSONAL_RELATIONS,
    SOCIAL_INCLUSION,
    PERSONAL_DEVELOPMENT,
    MATERIAL_WELL_BEING,
    RIGHTS;

    /** The message key of the domain's name, e.g. {@code schalock-self-rating.domain.rights.name}. */
    public String nameKey() {
        return prefix() + ".name";
    }

    /** The message key of the self-rating question about the domain. */
    public String questionKey() {
        return prefix() + ".question";
    }

    private String prefix() {
        return Instrument.SCHALOCK_SELF_RATING.key() + ".domain." + key();
    }

    /** The domain as it appears in message keys, e.g. {@code social-inclusion}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
