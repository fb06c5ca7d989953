package be.brugwerk.talents;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A participant's talent card (talentenkaart) at one version, and the rules of changing it: a change is made on the
 * version that was read, or it is a conflict, never a silent overwrite; every entry is checked, and the card is refused
 * whole (naming the entry and its part) rather than saved in part; a change that changes nothing makes no new version.
 * Version 0 is the empty card before anything was saved.
 */
final class TalentCard {

    /** More lines than a conversation with a participant yields; a limit so that no request can store without end. */
    static final int MAX_ENTRIES = 60;

    private final ParticipantId participant;
    private final int storedVersion;
    private List<TalentEntry> entries;
    private TakingPart takingPart;
    private boolean revised;

    private TalentCard(ParticipantId participant, int version, List<TalentEntry> entries, TakingPart takingPart) {
        this.participant = Objects.requireNonNull(participant);
        this.storedVersion = version;
        this.entries = List.copyOf(entries);
        this.takingPart = Objects.requireNonNull(takingPart);
    }

    /** The card before anything was saved: version 0, no entries, nothing known of when or how they take part. */
    static TalentCard empty(ParticipantId participant) {
        return new TalentCard(participant, 0, List.of(), TakingPart.UNKNOWN);
    }

    /** A card as stored; only the repository rebuilds one. */
    static TalentCard restore(
            ParticipantId participant, int version, List<TalentEntry> entries, TakingPart takingPart) {
        return new TalentCard(participant, version, entries, takingPart);
    }

    /** As {@link #revise(int, List, TakingPart)}, stating neither availability nor access needs. */
    void revise(int readVersion, List<TalentEntry.Input> inputs) {
        revise(readVersion, inputs, TakingPart.UNKNOWN);
    }

    /**
     * Replaces the entries with {@code inputs} and when and how the participant can take part with {@code takingPart}
     * (both are the card: a save sends the whole of it), as changed on version {@code readVersion}; blank lines
     * (nothing typed or picked) are left out.
     *
     * @throws VersionConflict when the card was saved since {@code readVersion}
     * @throws Refusal naming the entry at fault ({@code entries[2].text}, counting the entries sent; for an entry that
     *         repeats an earlier one, the later one, {@code talents.entry.twice}) or
     *         {@code entries} when there are more than {@link #MAX_ENTRIES}; nothing is changed then
     */
    void revise(int readVersion, List<TalentEntry.Input> inputs, TakingPart revisedTakingPart) {
        Objects.requireNonNull(revisedTakingPart, "takingPart");
        if (readVersion != storedVersion) {
            throw new VersionConflict("talents.conflict.card");
        }
        List<TalentEntry> revisedEntries = new ArrayList<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            TalentEntry.Input input = inputs.get(i);
            if (input == null || input.blank()) {
                continue;
            }
            String field = "entries[" + i + "]";
            TalentEntry entry = TalentEntry.of(input, field);
            Integer first = seen.putIfAbsent(entry.sameness(), i);
            if (first != null) {
                String part = entry.text() == null ? ".talent" : ".text";
                throw new Refusal(field + part, "talents.entry.twice", first + 1);
            }
            revisedEntries.add(entry);
        }
        if (revisedEntries.size() > MAX_ENTRIES) {
            throw new Refusal("entries", "talents.card.tooManyEntries", MAX_ENTRIES);
        }
        if (!revisedEntries.equals(entries) || !revisedTakingPart.equals(takingPart)) {
            entries = List.copyOf(revisedEntries);
            takingPart = revisedTakingPart;
            revised = true;
        }
    }

    /** Whether {@link #revise} changed anything, so that saving makes a new version. */
    boolean revised() {
        return revised;
    }

    /** The version the card has: the stored one, or the next once revised. */
    int version() {
        return revised ? storedVersion + 1 : storedVersion;
    }

    /** The version it was read at: the one a save must still find stored. */
    int storedVersion() {
        return storedVersion;
    }

    ParticipantId participant() {
        return participant;
    }

    List<TalentEntry> entries() {
        return entries;
    }

    /** When they can take part and what they need of a place. */
    TakingPart takingPart() {
        return takingPart;
    }

    /**
     * The entries strengths first, in the order of {@link TalentKind} (strength, skill, interest, life experience,
     * dream), and within each kind those the participant would like to share before the others, otherwise as they were
     * put: how the card is printed for the participant, starting from what they can.
     */
    List<TalentEntry> strengthsFirst() {
        return entries.stream()
                .sorted(Comparator.comparing(TalentEntry::kind).thenComparing(entry -> !entry.share()))
                .toList();
    }
}
