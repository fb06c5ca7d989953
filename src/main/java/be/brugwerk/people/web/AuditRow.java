package be.brugwerk.people.web;

import be.brugwerk.people.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of the audit page as it shows: the ids it names, folded when there are more than {@link #SHOWN}. A read, a
 * change, an assignment or a pair names one to three ids; a list or a search names every participant it showed (50
 * on a full page) and a programme's page every buddy. Fifty such rows would draw 2,500 numbers nobody reads, so a
 * long row shows its first five and how many more, and its own page ({@code /audit/{id}}) shows them all. Five keeps
 * every row about a few things whole, and a page at most 250 numbers. When the trail is filtered by a participant, that
 * participant is named first, so the row shows why it matched. A row of a page holds only its first {@link #SHOWN} ids
 * and how many it names ({@code AuditTrail.page}); the filter's participant is in every row it matched, even when not
 * among those read.
 */
record AuditRow(AuditTrail.Entry entry, List<UUID> shown, int more) {

    /** How many ids a row shows before it folds the rest into a count: as many as a page of the trail reads of it. */
    static final int SHOWN = AuditTrail.IDS_A_PAGE_ROW_HOLDS;

    /** The row of {@code entry}, read with its first {@link #SHOWN} ids at least; {@code first} the filter's participant. */
    static AuditRow of(AuditTrail.Entry entry, UUID first) {
        List<UUID> subjects = entry.subjects();
        if (entry.subjectCount() <= SHOWN) {
            return new AuditRow(entry, subjects, 0);
        }
        List<UUID> shown = new ArrayList<>(SHOWN);
        if (first != null) {
            shown.add(first);
        }
        for (UUID id : subjects) {
            if (shown.size() == SHOWN) {
                break;
            }
            if (!id.equals(first)) {
                shown.add(id);
            }
        }
        return new AuditRow(entry, List.copyOf(shown), entry.subjectCount() - SHOWN);
    }
}
