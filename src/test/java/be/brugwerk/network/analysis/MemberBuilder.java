package be.brugwerk.network.analysis;

import java.util.EnumMap;
import java.util.Map;

/**
 * Builds members for tests in domain words. Defaults: an active, supportive friend in the middle ring,
 * weekly contact, bonding, in the city, no support recorded, informal unless a professional.
 */
final class MemberBuilder {

    private final String id;
    private RelationCategory category = RelationCategory.FRIEND;
    private Ring ring = Ring.MIDDLE;
    private ContactFrequency frequency = ContactFrequency.WEEKLY;
    private final Map<SupportFunction, SupportDirection> support = new EnumMap<>(SupportFunction.class);
    private Valence valence = Valence.SUPPORTIVE;
    private RelationshipStatus status = RelationshipStatus.ACTIVE;
    private CapitalType capitalType = CapitalType.BONDING;
    private Level level = Level.CITY;
    private boolean lightTie;
    private Boolean formal;

    private MemberBuilder(String id) {
        this.id = id;
    }

    static MemberBuilder member(String id) {
        return new MemberBuilder(id);
    }

    MemberBuilder as(RelationCategory category) {
        this.category = category;
        return this;
    }

    MemberBuilder on(Ring ring) {
        this.ring = ring;
        return this;
    }

    MemberBuilder seen(ContactFrequency frequency) {
        this.frequency = frequency;
        return this;
    }

    MemberBuilder support(SupportFunction function, SupportDirection direction) {
        support.put(function, direction);
        return this;
    }

    MemberBuilder valence(Valence valence) {
        this.valence = valence;
        return this;
    }

    MemberBuilder status(RelationshipStatus status) {
        this.status = status;
        return this;
    }

    MemberBuilder capital(CapitalType capitalType) {
        this.capitalType = capitalType;
        return this;
    }

    MemberBuilder at(Level level) {
        this.level = level;
        return this;
    }

    MemberBuilder lightTie() {
        this.lightTie = true;
        return this;
    }

    MemberBuilder formal(boolean formal) {
        this.formal = formal;
        return this;
    }

    Member build() {
        boolean isFormal = formal != null ? formal : category == RelationCategory.PROFESSIONAL;
        return new Member(
                id,
                new Relationship(
                        category, ring, frequency, support, valence, status, capitalType, level, lightTie, isFormal));
    }
}
