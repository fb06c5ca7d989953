package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.ScorePart;
import be.brugwerk.people.ParticipantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pair of a programme. {@code explanation} holds the parts of the score (they add up to {@code score});
 * {@code participantName} is filled in for coordinators, {@code sharedName} is the name shown to the buddy once
 * the coordinator accepted the pair. {@code participantConsentWithdrawnAt} and {@code participantArchivedAt} say when
 * the participant of an accepted or running pair withdrew their consent to matching or was archived (noted by
 * {@link ParticipantChanges}), or are null.
 */
public record PairView(
        UUID id,
        UUID programmeId,
        UUID waitingEntryId,
        ParticipantId participant,
        String participantName,
        UUID buddyId,
        String buddyName,
        PairStatus status,
        BigDecimal score,
        boolean fixedByCoordinator,
        List<ScorePart> explanation,
        String rejectReason,
        String sharedName,
        Instant buddyAgreedAt,
        Instant participantAgreedAt,
        LocalDate startedOn,
        LocalDate endedOn,
        String endReason,
        LocalDate lastMeeting,
        List<Meeting> meetings,
        List<CheckIn> checkIns,
        List<Note> notes,
        Instant participantConsentWithdrawnAt,
        Instant participantArchivedAt) {

    /** A short check-in of the buddy: how the pair goes, from 1 (badly) to 5 (very well). Newest first. */
    public record CheckIn(LocalDate checkedOn, int score, String comment) {}

    /** A coaching note of the coordinator (bridge figure) on the pair. Newest first. */
    public record Note(LocalDate writtenOn, String text) {}

    /** The day the next check-in is due: the interval after the last one, or after the start; null unless running. */
    public LocalDate checkInDue(int intervalDays) {
        if (status != PairStatus.ACTIVE) {
            return null;
        }
        LocalDate last = checkIns.isEmpty() ? startedOn : checkIns.get(0).checkedOn();
        return last.plusDays(intervalDays);
    }

    /** A meeting of the pair, as the buddy logged it. */
    public record Meeting(LocalDate metOn, String note) {}

    PairView withParticipantName(String name) {
        return new PairView(
                id,
                programmeId,
                waitingEntryId,
                participant,
                name,
                buddyId,
                buddyName,
                status,
                score,
                fixedByCoordinator,
                explanation,
                rejectReason,
                sharedName,
                buddyAgreedAt,
                participantAgreedAt,
                startedOn,
                endedOn,
                endReason,
                lastMeeting,
                meetings,
                checkIns,
                notes,
                participantConsentWithdrawnAt,
                participantArchivedAt);
    }
}
