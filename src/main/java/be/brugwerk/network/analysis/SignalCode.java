package be.brugwerk.network.analysis;

import java.util.Locale;

/**
 * What a {@link Signal} says, with its fixed audience and kind. The plain-language text of a code lives in
 * the message bundles {@code i18n/network_*.properties} under {@code signal.<key>.text}, with the signal's
 * figures as placeholders {0}, {1}, ...
 */
public enum SignalCode {
    /** Some support functions are carried by the participant's own (informal) network. */
    SUPPORT_FROM_OWN_NETWORK(Audience.PARTICIPANT, SignalKind.STRENGTH),
    /** The participant gives support, alone or both ways, in some relationships. */
    RECIPROCITY_PRESENT(Audience.PARTICIPANT, SignalKind.STRENGTH),
    /** Contact at least weekly with some members. */
    FREQUENT_CONTACT(Audience.PARTICIPANT, SignalKind.STRENGTH),
    /** Light ties (lichte bindingen): seeds of stronger ties. */
    LIGHT_TIES_PRESENT(Audience.PARTICIPANT, SignalKind.STRENGTH),
    /** Some members are the only link between groups of other members. */
    BROKER_PRESENT(Audience.PARTICIPANT, SignalKind.STRENGTH),
    /** Drawing the map is a first step; said when nothing else is a strength yet. */
    MAP_DRAWN(Audience.PARTICIPANT, SignalKind.STRENGTH),
    /** A support function is carried only by professionals. */
    FUNCTION_ONLY_PROFESSIONAL(Audience.PARTICIPANT, SignalKind.ATTENTION),
    /** Nobody on the map is involved in a support function. */
    FUNCTION_MISSING(Audience.PARTICIPANT, SignalKind.ATTENTION),
    /** The participant gives affective support in the natural network but receives none there. */
    NO_AFFECTIVE_SUPPORT(Audience.PARTICIPANT, SignalKind.ATTENTION),
    /** Dormant ties (slapende banden) that could be reactivated. */
    DORMANT_TIES(Audience.PARTICIPANT, SignalKind.ATTENTION),
    /** The participant receives support and gives none. */
    ONLY_RECEIVES(Audience.PARTICIPANT, SignalKind.ATTENTION),
    /** At least as many active members as the seeds' rich network. */
    RICH_NETWORK_SIZE(Audience.STAFF, SignalKind.STRENGTH),
    /** Bridging or linking relationships are present. */
    BRIDGING_PRESENT(Audience.STAFF, SignalKind.STRENGTH),
    /** At most as many active members as the seeds' average in vulnerable situations. */
    SIZE_AT_VULNERABLE_AVERAGE(Audience.STAFF, SignalKind.ATTENTION),
    /** Few family and several professionals: the seeds' pattern for people in poverty. */
    POVERTY_PATTERN(Audience.STAFF, SignalKind.ATTENTION),
    /** More than three quarters of the relationships are bonding. */
    MOSTLY_BONDING(Audience.STAFF, SignalKind.ATTENTION),
    /** Broken relationships (breuklijnen). */
    BROKEN_TIES(Audience.STAFF, SignalKind.ATTENTION),
    /** Harmful relationships. */
    HARMFUL_RELATIONSHIPS(Audience.STAFF, SignalKind.ATTENTION),
    /** No active member knows another: everything runs through the participant. */
    MEMBERS_UNCONNECTED(Audience.STAFF, SignalKind.ATTENTION);

    private final Audience audience;
    private final SignalKind kind;

    SignalCode(Audience audience, SignalKind kind) {
        this.audience = audience;
        this.kind = kind;
    }

    public Audience audience() {
        return audience;
    }

    public SignalKind kind() {
        return kind;
    }

    /** The code as it appears in message keys and output, e.g. {@code function-only-professional}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
