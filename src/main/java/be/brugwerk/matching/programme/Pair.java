package be.brugwerk.matching.programme;

import be.brugwerk.matching.PairEnded;
import be.brugwerk.matching.PairStarted;
import be.brugwerk.people.ConsentMissing;
import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A duo (koppel) of a waiting participant and a buddy, from its proposal to its end, and the rules of that life:
 * only a proposal is accepted or rejected; accepting takes a free place of the buddy and is refused while the
 * participant is in another accepted or running pair; the pair starts once the buddy (in their own account) and the
 * participant (recorded by the coordinator) both agreed; only an accepted or running pair ends, and stopping early
 * needs a reason. Nobody without a current consent (the participant's to matching, the buddy's own) enters a pair
 * that goes ahead.
 *
 * <p>What a decision must know beyond the pair itself comes in as {@link Circumstances}, read by the repository
 * while it holds the rows of the participant's waiting entry and of the buddy ({@link Pairs#lockForDecision}), so
 * that what was checked still holds when the decision is saved.
 */
final class Pair {

    static final int MAX_REASON = 500;

    private final UUID id;
    private final UUID organisationId;
    private final UUID programmeId;
    private final UUID waitingEntryId;
    private final ParticipantId participant;
    private final UUID buddyId;
    private final UUID runId;
    private final BigDecimal score;
    private final boolean fixedByCoordinator;
    private final Instant proposedAt;
    /** The status as read: the save refuses when the stored status moved on meanwhile. */
    private final PairStatus storedStatus;

    private PairStatus status;
    private Instant decidedAt;
    private UUID decidedBy;
    private String rejectReason;
    private String sharedName;
    private Instant buddyAgreedAt;
    private Instant participantAgreedAt;
    private UUID participantAgreementRecordedBy;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String endReason;

    /**
     * What a decision about a pair must know beside the pair, as read under the locks of the participant's waiting
     * entry and the buddy.
     *
     * @param participantConsents the participant has a current consent to matching
     * @param participantInAnotherPair the participant is in another accepted or running pair of the programme
     * @param buddyConsents the buddy has not withdrawn their consent
     * @param buddyCapacity how many participants the buddy takes at once
     * @param buddyPlacesTaken how many accepted or running pairs of the buddy there are, this one left out
     */
    record Circumstances(
            boolean participantConsents,
            boolean participantInAnotherPair,
            boolean buddyConsents,
            int buddyCapacity,
            int buddyPlacesTaken) {

        boolean buddyHasFreePlace() {
            return buddyPlacesTaken < buddyCapacity;
        }
    }

    /** A pair as stored; only the repository rebuilds one. */
    record Stored(
            UUID id,
            UUID organisationId,
            UUID programmeId,
            UUID waitingEntryId,
            ParticipantId participant,
            UUID buddyId,
            UUID runId,
            BigDecimal score,
            boolean fixedByCoordinator,
            Instant proposedAt,
            PairStatus status,
            Instant decidedAt,
            UUID decidedBy,
            String rejectReason,
            String sharedName,
            Instant buddyAgreedAt,
            Instant participantAgreedAt,
            UUID participantAgreementRecordedBy,
            LocalDate startedOn,
            LocalDate endedOn,
            String endReason) {}

    private Pair(Stored stored) {
        this.id = Objects.requireNonNull(stored.id());
        this.organisationId = stored.organisationId();
        this.programmeId = stored.programmeId();
        this.waitingEntryId = stored.waitingEntryId();
        this.participant = stored.participant();
        this.buddyId = stored.buddyId();
        this.runId = stored.runId();
        this.score = stored.score();
        this.fixedByCoordinator = stored.fixedByCoordinator();
        this.proposedAt = stored.proposedAt();
        this.storedStatus = stored.status();
        this.status = stored.status();
        this.decidedAt = stored.decidedAt();
        this.decidedBy = stored.decidedBy();
        this.rejectReason = stored.rejectReason();
        this.sharedName = stored.sharedName();
        this.buddyAgreedAt = stored.buddyAgreedAt();
        this.participantAgreedAt = stored.participantAgreedAt();
        this.participantAgreementRecordedBy = stored.participantAgreementRecordedBy();
        this.startedOn = stored.startedOn();
        this.endedOn = stored.endedOn();
        this.endReason = stored.endReason();
    }

    static Pair restore(Stored stored) {
        return new Pair(stored);
    }

    /**
     * A pair the coordinator fixes by hand for a waiting participant; every later run keeps it. Refused for a
     * participant already in a pair, a pair fixed already, anyone without a current consent, and a buddy without a
     * free place (a run would drop the pair at once).
     *
     * @param alreadyFixed the same participant and buddy are fixed already in a proposal
     */
    static Pair fixedByHand(
            UUID organisation,
            UUID programme,
            WaitingEntry entry,
            UUID buddy,
            Circumstances circumstances,
            boolean alreadyFixed,
            Instant now) {
        if (circumstances.participantInAnotherPair()) {
            throw new Refusal("participant", "matching.refused.participantInPair");
        }
        if (alreadyFixed) {
            throw new Refusal("buddy", "matching.refused.pairFixed");
        }
        requireConsents(circumstances);
        if (!circumstances.buddyHasFreePlace()) {
            throw new Refusal("buddy", "matching.refused.buddyFull");
        }
        return proposed(organisation, programme, entry, buddy, null, BigDecimal.ZERO, true, now);
    }

    /**
     * A new proposal under a fresh id: nothing decided, agreed, started or ended yet. A matching run proposes it with
     * its score (whose parts the repository keeps beside it); {@link #fixedByHand} makes one after its checks.
     *
     * @param run the matching run that proposed it; null when the coordinator fixed it by hand
     * @param fixed every later run keeps it
     */
    static Pair proposed(
            UUID organisation,
            UUID programme,
            WaitingEntry entry,
            UUID buddy,
            UUID run,
            BigDecimal score,
            boolean fixed,
            Instant now) {
        return new Pair(new Stored(
                UUID.randomUUID(),
                organisation,
                programme,
                entry.id(),
                entry.participant(),
                buddy,
                run,
                score,
                fixed,
                now,
                PairStatus.PROPOSED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /**
     * The coordinator accepts the proposal: it now waits for both people's agreement, holds a place of the buddy, and
     * the buddy will see the participant's name. A place taken or a participant paired since the proposal was made
     * is a change made meanwhile: refused as a conflict, to be reloaded.
     */
    void accept(Circumstances circumstances, UUID coordinator, Instant now, String participantName) {
        requireStatus(PairStatus.PROPOSED);
        if (circumstances.participantInAnotherPair()) {
            throw new VersionConflict("matching.conflict.pairing");
        }
        if (!circumstances.buddyHasFreePlace()) {
            throw new VersionConflict("matching.conflict.availability");
        }
        requireConsents(circumstances);
        status = PairStatus.AWAITING_AGREEMENT;
        decidedAt = now;
        decidedBy = coordinator;
        sharedName = participantName;
    }

    /** The coordinator rejects the proposal, saying why: the pair is left out of every later run. */
    void reject(String reason, UUID coordinator, Instant now) {
        requireStatus(PairStatus.PROPOSED);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new Refusal("reason", "matching.pair.reasonRequired");
        }
        status = PairStatus.REJECTED;
        decidedAt = now;
        decidedBy = coordinator;
        rejectReason = reason.strip();
    }

    /** The buddy agrees, in their own account; answers whether the pair started now. */
    boolean agreeAsBuddy(Circumstances circumstances, Instant now, LocalDate today) {
        if (status != PairStatus.AWAITING_AGREEMENT) {
            throw new Refusal("pair", "matching.refused.notAwaitingAgreement");
        }
        requireBuddyConsent(circumstances);
        if (buddyAgreedAt == null) {
            buddyAgreedAt = now;
        }
        return startWhenBothAgreed(today);
    }

    /**
     * The coordinator records that the participant agreed (participants have no account); answers whether the pair
     * started now.
     */
    boolean agreeForParticipant(Circumstances circumstances, UUID coordinator, Instant now, LocalDate today) {
        if (status != PairStatus.AWAITING_AGREEMENT) {
            throw new Refusal("pair", "matching.refused.notAccepted");
        }
        requireConsents(circumstances);
        if (participantAgreedAt == null) {
            participantAgreedAt = now;
            participantAgreementRecordedBy = coordinator;
        }
        return startWhenBothAgreed(today);
    }

    /** The pair ran as planned; a remark is kept if given. */
    void complete(String remark, LocalDate today) {
        end(PairStatus.COMPLETED, remark, today);
    }

    /** The pair stops before its time, for a reason: the participant waits again with their original date of entry. */
    void stopEarly(String reason, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("reason", "matching.pair.reasonRequired");
        }
        end(PairStatus.STOPPED, reason, today);
    }

    /**
     * What the change since the pair was read means to other modules: it started ({@link PairStarted}) or an accepted
     * or running pair ended ({@link PairEnded}); empty for every other change.
     */
    Optional<OrganisationEvent> happened() {
        if (status == storedStatus) {
            return Optional.empty();
        }
        if (status == PairStatus.ACTIVE) {
            return Optional.of(new PairStarted(organisationId, id, participant, startedOn));
        }
        if (storedStatus.open() && !status.open()) {
            return Optional.of(new PairEnded(organisationId, id, participant, endedOn, status == PairStatus.STOPPED));
        }
        return Optional.empty();
    }

    /** Where the participant stands on the waiting list because of this pair. */
    WaitingEntry.Status participantStanding() {
        return switch (status) {
            case ACTIVE -> WaitingEntry.Status.PAIRED;
            case COMPLETED -> WaitingEntry.Status.DONE;
            case PROPOSED, AWAITING_AGREEMENT, REJECTED, STOPPED -> WaitingEntry.Status.WAITING;
        };
    }

    private void end(PairStatus outcome, String reason, LocalDate today) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new Refusal("reason", "matching.refused.tooLong", MAX_REASON);
        }
        if (!status.open()) {
            throw new Refusal("pair", "matching.refused.cannotEnd");
        }
        status = outcome;
        endReason = reason == null || reason.isBlank() ? null : reason.strip();
        endedOn = today;
    }

    private boolean startWhenBothAgreed(LocalDate today) {
        if (buddyAgreedAt == null || participantAgreedAt == null) {
            return false;
        }
        status = PairStatus.ACTIVE;
        startedOn = today;
        return true;
    }

    /** A decision on a pair that moved on since it was shown (decided or ended by someone else) is a conflict. */
    private void requireStatus(PairStatus expected) {
        if (status != expected) {
            throw new VersionConflict("matching.conflict.pair");
        }
    }

    private static void requireConsents(Circumstances circumstances) {
        if (!circumstances.participantConsents()) {
            throw new ConsentMissing(ConsentPurpose.MATCHING);
        }
        requireBuddyConsent(circumstances);
    }

    private static void requireBuddyConsent(Circumstances circumstances) {
        if (!circumstances.buddyConsents()) {
            throw new BuddyConsentWithdrawn();
        }
    }

    Stored stored() {
        return new Stored(
                id,
                organisationId,
                programmeId,
                waitingEntryId,
                participant,
                buddyId,
                runId,
                score,
                fixedByCoordinator,
                proposedAt,
                status,
                decidedAt,
                decidedBy,
                rejectReason,
                sharedName,
                buddyAgreedAt,
                participantAgreedAt,
                participantAgreementRecordedBy,
                startedOn,
                endedOn,
                endReason);
    }

    PairStatus storedStatus() {
        return storedStatus;
    }

    UUID id() {
        return id;
    }

    UUID programmeId() {
        return programmeId;
    }

    UUID waitingEntryId() {
        return waitingEntryId;
    }

    ParticipantId participant() {
        return participant;
    }

    UUID buddyId() {
        return buddyId;
    }

    PairStatus status() {
        return status;
    }

    boolean fixedByCoordinator() {
        return fixedByCoordinator;
    }
}
