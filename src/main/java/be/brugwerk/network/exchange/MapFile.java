package be.brugwerk.network.exchange;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.Relationship;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.system.TextInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * A network map as a file holds it, whatever its format: the participant, the members with every property of their
 * relationship, and the ties among them. Ids are the file's own (any non-empty text). Each member and tie remembers
 * where in the file it stood, so that a fault found later still names its line or element.
 *
 * @param participant the participant's (ego's) id in the file; null when the file does not say
 * @param version the version of the working copy the file was exported from; 0 when it was not
 */
public record MapFile(String participant, int version, List<Member> members, List<Tie> ties) {

    /** The limits of a stored map (as {@link MapDocument} declares them). */
    static final int MOST_MEMBERS = 500;

    static final int MOST_TIES = 5000;
    static final int LONGEST_NAME = 100;
    static final int LONGEST_STATUS_NOTE = 500;
    static final int LONGEST_NOTE = 2000;
    static final int LONGEST_TIE_LABEL = MapDocument.LONGEST_TIE_LABEL;

    public MapFile {
        members = List.copyOf(members);
        ties = List.copyOf(ties);
    }

    /**
     * A member and the relationship that joins it to the participant. {@code name} may be null (the file gave none);
     * {@code angle} is where the editor drew it, kept for drawing only.
     */
    public record Member(
            String where,
            String id,
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
            String note,
            Double angle) {

        public Member {
            support = Map.copyOf(support);
        }

        boolean isFormal() {
            return formal != null ? formal : category == RelationCategory.PROFESSIONAL;
        }
    }

    /**
     * An undirected tie between two members, with an optional one-line {@code label} (null when none). {@code
     * firstName} and {@code secondName} are what the file calls its two ends ({@code first}/{@code second}, {@code
     * source}/{@code target}, ...), for messages.
     */
    public record Tie(
            String where,
            String first,
            String second,
            Integer strength,
            String label,
            String firstName,
            String secondName) {}

    /** The stored map {@code map} of {@code participant}, as a file holds it. */
    public static MapFile of(String participant, MapDocument map) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < map.members().size(); i++) {
            MapDocument.MemberEntry m = map.members().get(i);
            members.add(new Member(
                    "members[" + i + "]",
                    m.id().toString(),
                    m.name(),
                    m.category(),
                    m.ring(),
                    m.frequency(),
                    m.support(),
                    m.valence(),
                    m.status(),
                    m.statusSince(),
                    m.statusNote(),
                    m.capitalType(),
                    m.level(),
                    m.lightTie(),
                    m.isFormal(),
                    m.note(),
                    m.angle()));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < map.ties().size(); i++) {
            MapDocument.TieEntry t = map.ties().get(i);
            ties.add(new Tie(
                    "ties[" + i + "]",
                    t.first().toString(),
                    t.second().toString(),
                    t.strength(),
                    t.label(),
                    "first",
                    "second"));
        }
        return new MapFile(participant, map.version(), members, ties);
    }

    /**
     * The map as the analysis engine reads it.
     *
     * @throws BadInput when the file names no participant, or a member or tie is not valid
     */
    public NetworkMap toEngine() throws BadInput {
        if (participant == null || participant.isBlank()) {
            throw BadInput.of(null, "exchange.bad.participantRequired"); // the file as a whole
        }
        check();
        List<be.brugwerk.network.analysis.Member> engineMembers = new ArrayList<>();
        for (Member m : members) {
            engineMembers.add(new be.brugwerk.network.analysis.Member(
                    m.id(),
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
                            m.isFormal())));
        }
        List<be.brugwerk.network.analysis.Tie> engineTies = ties.stream()
                .map(t -> new be.brugwerk.network.analysis.Tie(
                        t.first(),
                        t.second(),
                        t.strength() == null ? OptionalInt.empty() : OptionalInt.of(t.strength())))
                .toList();
        return new NetworkMap(participant, engineMembers, engineTies);
    }

    /**
     * The map to import, made on working-copy version {@code version}: every member gets a new id (an import never
     * merges), a member without a name is called by its id in the file, names lose the invisible characters that can
     * disguise them ({@link TextInput#withoutHiddenMarks}), and the limits of a stored map hold.
     *
     * @throws BadInput naming the member or tie at fault
     */
    public MapDocument toImport(int version) throws BadInput {
        check();
        if (members.size() > MOST_MEMBERS) {
            throw BadInput.of(
                    "members",
                    "exchange.bad.tooManyMembers",
                    String.valueOf(MOST_MEMBERS),
                    String.valueOf(members.size()));
        }
        if (ties.size() > MOST_TIES) {
            throw BadInput.of(
                    "ties", "exchange.bad.tooManyTies", String.valueOf(MOST_TIES), String.valueOf(ties.size()));
        }
        Map<String, UUID> renamed = new HashMap<>();
        List<MapDocument.MemberEntry> entries = new ArrayList<>();
        for (Member m : members) {
            // a name keeps no invisible character that can disguise it, as one typed in Brugwerk keeps none
            String given = TextInput.withoutHiddenMarks(m.name());
            String name = (given == null || given.isBlank() ? TextInput.withoutHiddenMarks(m.id()) : given).strip();
            longest(m.where(), "name", name, LONGEST_NAME);
            longest(m.where(), "statusNote", m.statusNote(), LONGEST_STATUS_NOTE);
            longest(m.where(), "note", m.note(), LONGEST_NOTE);
            text(m.where(), "name", name, false);
            text(m.where(), "statusNote", m.statusNote(), true);
            text(m.where(), "note", m.note(), true);
            if (m.angle() != null && !(m.angle() >= 0 && m.angle() < 360)) {
                throw BadInput.of(m.where(), "exchange.bad.angleRange", String.valueOf(m.angle()));
            }
            UUID id = UUID.randomUUID();
            renamed.put(m.id(), id);
            entries.add(new MapDocument.MemberEntry(
                    id,
                    name,
                    m.category(),
                    m.ring(),
                    m.frequency(),
                    m.support(),
                    m.valence(),
                    m.status(),
                    m.statusSince(),
                    m.statusNote(),
                    m.capitalType(),
                    m.level(),
                    m.lightTie(),
                    m.isFormal(),
                    m.note(),
                    m.angle()));
        }
        List<MapDocument.TieEntry> links = new ArrayList<>();
        for (Tie t : ties) {
            longest(t.where(), "label", t.label(), LONGEST_TIE_LABEL);
            text(t.where(), "label", t.label(), false);
            links.add(
                    new MapDocument.TieEntry(renamed.get(t.first()), renamed.get(t.second()), t.strength(), t.label()));
        }
        return new MapDocument(version, entries, links);
    }

    /** Ids unique and not the participant's; every tie joins two different known members, each pair once. */
    private void check() throws BadInput {
        Set<String> ids = new HashSet<>();
        for (Member m : members) {
            if (m.id().equals(participant)) {
                throw BadInput.of(m.where(), "exchange.bad.participantsId", m.id());
            }
            if (!ids.add(m.id())) {
                throw BadInput.of(m.where(), "exchange.bad.duplicateMember", m.id());
            }
        }
        Set<Set<String>> tied = new HashSet<>();
        for (Tie t : ties) {
            for (String end : List.of(t.first(), t.second())) {
                if (!ids.contains(end)) {
                    throw BadInput.of(
                            t.where(),
                            "exchange.bad.unknownMember",
                            end.equals(t.first()) ? t.firstName() : t.secondName(),
                            end);
                }
            }
            if (t.first().equals(t.second())) {
                throw BadInput.of(t.where(), "exchange.bad.selfTie", t.first());
            }
            if (!tied.add(Set.of(t.first(), t.second()))) {
                throw BadInput.of(t.where(), "exchange.bad.tiedTwice", t.first(), t.second());
            }
        }
    }

    /** Text no field takes (a NUL, another control character, half a character) is refused like any bad value. */
    private static void text(String where, String property, String value, boolean multiLine) throws BadInput {
        String problem = TextInput.problem(value, multiLine);
        if (problem != null) {
            throw BadInput.of(
                    where,
                    problem.equals(TextInput.LINE_BREAK) ? "exchange.bad.singleLine" : "exchange.bad.controlCharacter",
                    property);
        }
    }

    private static void longest(String where, String property, String value, int most) throws BadInput {
        if (value != null && value.length() > most) {
            throw BadInput.of(
                    where, "exchange.bad.tooLong", property, String.valueOf(most), String.valueOf(value.length()));
        }
    }
}
