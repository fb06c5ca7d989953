package be.brugwerk.neighbourhood;

import java.util.EnumSet;
import java.util.Set;

/** What kind of actor of the neighbourhood it is; each has a text in every language ({@code neighbourhood.kind.X}). */
public enum ActorKind {
    ASSOCIATION,
    SHOP,
    SCHOOL,
    SERVICE,
    MEETING_PLACE,
    SELF_ORGANISATION,
    RELIGIOUS_COMMUNITY,
    LIBRARY,
    COMMUNITY_CENTRE,
    PARK,
    SPORTS_GROUND,
    CAFE,
    OTHER;

    /**
     * The kinds where anyone can simply go and meet people, which the analysis looks for (docs/neighbourhood.md): a
     * meeting place, a community centre, a library, a park or a café. Whether such a place is also free is the actor's
     * own answer.
     */
    public static final Set<ActorKind> MEETING_PLACES =
            EnumSet.of(MEETING_PLACE, COMMUNITY_CENTRE, LIBRARY, PARK, CAFE);
}
