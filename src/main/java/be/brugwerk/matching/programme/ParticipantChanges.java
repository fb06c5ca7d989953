package be.brugwerk.matching.programme;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ConsentWithdrawn;
import be.brugwerk.people.ParticipantArchived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How buddy matching reacts to what happens to a participant in {@code people}. A participant who withdraws their
 * consent to matching, or who is archived, is already left out of every run and refused in every pair decision (those
 * read the consent when they happen); an accepted or running pair of theirs, though, would go on unnoticed. So it is
 * noted on the pair, and the coordinator sees it among the programme's signals and ends the pair with the people
 * involved. Runs after the change committed, for the event's organisation (docs/adr/0008-events-between-modules.md).
 */
@Component
class ParticipantChanges {

    private final Pairs pairs;

    ParticipantChanges(Pairs pairs) {
        this.pairs = pairs;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.MATCHING) {
            pairs.noteParticipantConsentWithdrawn(
                    withdrawn.organisationId(), withdrawn.participant(), withdrawn.withdrawnAt());
        }
    }

    @ApplicationModuleListener
    void on(ParticipantArchived archived) {
        pairs.noteParticipantArchived(archived.organisationId(), archived.participant(), archived.archivedAt());
    }
}
