package be.brugwerk.talents;

import java.time.Instant;
import java.util.List;

/**
 * A talent card as read: its version (0 before anything was saved), when and by whom that version was saved (null
 * for version 0; the name null when unknown), its entries in the order they were put, the weekly moments the
 * participant can take part as codes ({@code SATURDAY:MORNING}, in week order; none when unknown) and what they need of
 * a place.
 */
public record TalentCardView(
        int version,
        Instant savedAt,
        String savedBy,
        List<TalentEntry> entries,
        List<String> availability,
        List<AccessNeed> accessNeeds) {

    public TalentCardView {
        entries = List.copyOf(entries);
        availability = List.copyOf(availability);
        accessNeeds = List.copyOf(accessNeeds);
    }

    /** A card as read, with when and how they take part. */
    static TalentCardView of(
            int version, Instant savedAt, String savedBy, List<TalentEntry> entries, TakingPart takingPart) {
        return new TalentCardView(
                version,
                savedAt,
                savedBy,
                entries,
                takingPart.availabilityCodes(),
                List.copyOf(takingPart.accessNeeds()));
    }

    /** When and how they take part, as the card holds it. */
    public TakingPart takingPart() {
        return TakingPart.read(
                availability, accessNeeds.stream().map(Enum::name).toList());
    }
}
