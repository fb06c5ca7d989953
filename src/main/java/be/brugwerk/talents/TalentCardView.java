package be.brugwerk.talents;

import java.time.Instant;
import java.util.List;

/**
 * A talent card as read: its version (0 before anything was saved), when and by whom that version was saved (null
 * for version 0; the name null when unknown), and its entries in the order they were put.
 */
public record TalentCardView(int version, Instant savedAt, String savedBy, List<TalentEntry> entries) {

    public TalentCardView {
        entries = List.copyOf(entries);
    }
}
