package be.brugwerk.network;

import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.Member;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.Relationship;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Tie;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.SensibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A participant's network map as people edit and exchange it: the members with a first name or nickname and every
 * property of their relationship with the participant, and the ties among them. {@code version} is the version of
 * the working copy it was read from; a change made on an older version is refused (409).
 */
public record MapDocument(
        int version,
        @NotNull @Size(max = 500) List<@Valid MemberEntry> members,
        @NotNull @Size(max = 5000) List<@Valid TieEntry> ties) {

    public MapDocument {
        members = List.copyOf(members);
        ties = List.copyOf(ties);
    }

    public static MapDocument empty() {
        return new MapDocument(0, List.of(), List.of());
    }

    /**
     * A member: a third party who never signed up, so a first name or nickname suffices. Its id is chosen when it
     * is added (by the editor) and stays the same for the life of the map.
     *
     * @param angle where the member stands on the drawn map, in degrees clockwise from the top (0 to 360); only the
     *        editor uses it, to keep a member where it was put within its sector. Null: placed automatically.
     */
    public record MemberEntry(
            @NotNull UUID id,
            @NotBlank @Size(max = 100) String name,
            @NotNull RelationCategory category,
            @NotNull Ring ring,
            @NotNull ContactFrequency frequency,
            Map<SupportFunction, SupportDirection> support,
            @NotNull Valence valence,
            @NotNull RelationshipStatus status,
            @SensibleDate LocalDate statusSince,
            @MultiLine @Size(max = 500) String statusNote,
            @NotNull CapitalType capitalType,
            @NotNull Level level,
            boolean lightTie,
            Boolean formal,
            @MultiLine @Size(max = 2000) String note,

            @DecimalMin("0") @DecimalMax(value = "360", inclusive = false)
            Double angle) {

        public MemberEntry {
            support = support == null ? Map.of() : Map.copyOf(support);
        }

        /** A member without a place of its own on the drawn map. */
        public MemberEntry(
                UUID id,
                String name,
                RelationCategory category,
                Ring ring,
                ContactFrequency frequency,
                Map<SupportFunction, SupportDirection> support,
                Valence valence,
                RelationshipStatus status,
                LocalDate statusSince,
                String statusNote,
                CapitalType capitalType,
                Level level,
                boolean lightTie,
                Boolean formal,
                String note) {
            this(
                    id,
                    name,
                    category,
                    ring,
                    frequency,
                    support,
                    valence,
                    status,
                    statusSince,
                    statusNote,
                    capitalType,
                    level,
                    lightTie,
                    formal,
                    note,
                    null);
        }

        /** The same relationship under another id. */
        public MemberEntry withId(UUID newId) {
            return new MemberEntry(
                    newId,
                    name,
                    category,
                    ring,
                    frequency,
                    support,
                    valence,
                    status,
                    statusSince,
                    statusNote,
                    capitalType,
                    level,
                    lightTie,
                    formal,
                    note,
                    angle);
        }

        /** The same relationship with another status, since a date (the status note stays). */
        public MemberEntry withStatus(RelationshipStatus newStatus, LocalDate since) {
            return new MemberEntry(
                    id,
                    name,
                    category,
                    ring,
                    frequency,
                    support,
                    valence,
                    newStatus,
                    since,
                    statusNote,
                    capitalType,
                    level,
                    lightTie,
                    formal,
                    note,
                    angle);
        }

        /** Professional help is formal unless said otherwise; the natural network is informal. */
        public boolean isFormal() {
            return formal != null ? formal : category == RelationCategory.PROFESSIONAL;
        }
    }

    /**
     * A tie between two members (who knows whom); undirected. Its strength is kept for drawing only.
     *
     * @param label a short line on how the two know each other, such as the Network Canvas edge types of the tie;
     *        shown and exchanged, never analysed; blank counts as none (null)
     */
    public record TieEntry(
            @NotNull UUID first,
            @NotNull UUID second,
            Integer strength,
            @Size(max = LONGEST_TIE_LABEL) String label) {

        public TieEntry {
            label = label == null || label.isBlank() ? null : label.strip();
        }

        /** A tie without a label. */
        public TieEntry(UUID first, UUID second, Integer strength) {
            this(first, second, strength, null);
        }

        /** The same tie between other ids (an import gives members new ones). */
        public TieEntry between(UUID newFirst, UUID newSecond) {
            return new TieEntry(newFirst, newSecond, strength, label);
        }
    }

    /** The most characters a tie's label holds (as the database's {@code network_tie_label} check says). */
    public static final int LONGEST_TIE_LABEL = 100;

    /**
     * The map as the analysis engine reads it. The engine checks it: a tie to an unknown member, a self-tie or a
     * member twice throws {@link be.brugwerk.network.analysis.InvalidNetworkMap} naming the element.
     */
    public NetworkMap toEngine(String participant) {
        List<Member> engineMembers = members.stream()
                .map(m -> new Member(
                        m.id().toString(),
                        new Relationship(
                                m.category(),
                                m.ring(),
                                m.frequency(),
                                m.support(),
                                m.valence(),
                                m.status(),
                                m.capitalType(),
                                m.level(),
                                m.lightTie(),
                                m.isFormal())))
                .toList();
        List<Tie> engineTies = ties.stream()
                .map(t -> new Tie(
                        t.first().toString(),
                        t.second().toString(),
                        t.strength() == null ? OptionalInt.empty() : OptionalInt.of(t.strength())))
                .toList();
        return new NetworkMap(participant, engineMembers, engineTies);
    }
}
