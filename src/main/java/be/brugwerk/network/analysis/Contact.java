package be.brugwerk.network.analysis;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How often the participant is in contact with whom, and which relationships need care, over every
 * recorded relationship. Member ids are listed in map order. O(m) for m members.
 *
 * @param frequencies recorded relationships per contact frequency
 * @param dormant members whose relationship is dormant (slapend): a chance to reactivate
 * @param broken members whose relationship is broken (breuklijn)
 * @param harmful members whose relationship is harmful
 * @param ambivalent members whose relationship is ambivalent
 */
public record Contact(
        Map<ContactFrequency, Integer> frequencies,
        List<String> dormant,
        List<String> broken,
        List<String> harmful,
        List<String> ambivalent) {

    public Contact {
        frequencies = Tally.copy(ContactFrequency.class, frequencies);
        dormant = List.copyOf(dormant);
        broken = List.copyOf(broken);
        harmful = List.copyOf(harmful);
        ambivalent = List.copyOf(ambivalent);
    }

    static Contact of(NetworkMap map) {
        Map<String, Relationship> recorded = map.recordedRelationships();
        return new Contact(
                Tally.count(ContactFrequency.class, recorded.values(), Relationship::frequency),
                membersWhere(recorded, relationship -> relationship.status() == RelationshipStatus.DORMANT),
                membersWhere(recorded, relationship -> relationship.status() == RelationshipStatus.BROKEN),
                membersWhere(recorded, relationship -> relationship.valence() == Valence.HARMFUL),
                membersWhere(recorded, relationship -> relationship.valence() == Valence.AMBIVALENT));
    }

    private static List<String> membersWhere(Map<String, Relationship> recorded, Predicate<Relationship> test) {
        return recorded.entrySet().stream()
                .filter(entry -> test.test(entry.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Recorded relationships with contact at least weekly. */
    public int atLeastWeekly() {
        return frequencies.get(ContactFrequency.DAILY) + frequencies.get(ContactFrequency.WEEKLY);
    }
}
