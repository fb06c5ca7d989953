package be.brugwerk.matching.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ConsentMissing;
import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator decides about pairs: accept or reject a proposal, fix a pair by hand, record the
 * participant's agreement, end a pair. A duo is chosen, not imposed: a pair starts only when the buddy (in their
 * own account) and the participant (recorded by the coordinator) both agreed.
 */
@Service
@Transactional
public class PairManagement {

    private static final String SUBJECT = "buddy_pair";

    private final ProgrammeAccess access;
    private final Pairs pairs;
    private final WaitingList waitingList;
    private final Buddies buddies;
    private final ParticipantManagement participants;
    private final AuditTrail audit;
    private final Clock clock;

    PairManagement(ProgrammeAccess access, Pairs pairs, WaitingList waitingList, Buddies buddies,
            ParticipantManagement participants, AuditTrail audit, Clock clock) {
        this.access = access;
        this.pairs = pairs;
        this.waitingList = waitingList;
        this.buddies = buddies;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accepts a proposal: it now waits for both people's agreement; the buddy will see the participant's name. */
    public void accept(UUID programme, UUID pairId) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        PairView pair = pair(programme, pairId);
        List<PairView> all = pairs.ofProgramme(programme);
        if (all.stream().anyMatch(p -> p.status().open() && p.participant().equals(pair.participant()))) {
            throw new Refusal("pair", "matching.refused.participantInPair");
        }
        long taken = all.stream().filter(p -> p.status().open() && p.buddyId().equals(pair.buddyId())).count();
        BuddyView buddy = buddies.find(programme, pair.buddyId()).orElseThrow(() -> new NotFound("Buddy"));
        if (taken >= buddy.capacity()) {
            throw new Refusal("pair", "matching.refused.buddyFull");
        }
        requireMatchingConsent(pair.participant());
        requireBuddyConsent(pair);
        Map<ParticipantId, String> names = participants.names(List.of(pair.participant()));
        if (!pairs.decide(pairId, PairStatus.PROPOSED, PairStatus.AWAITING_AGREEMENT, me.accountId(), clock.instant(), null,
                names.get(pair.participant()))) {
            throw new VersionConflict("This pair");
        }
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /** Rejects a proposal with a reason: the pair is left out of every later run. */
    public void reject(UUID programme, UUID pairId, String reason) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        pair(programme, pairId);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Refusal("reason", "matching.pair.reasonRequired");
        }
        if (!pairs.decide(pairId, PairStatus.PROPOSED, PairStatus.REJECTED, me.accountId(), clock.instant(), reason.strip(),
                null)) {
            throw new VersionConflict("This pair");
        }
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /**
     * Fixes a pair by hand: it replaces the participant's current proposal and is kept by every later run, which
     * re-runs the rest around it.
     */
    public UUID fix(UUID programme, UUID waitingEntryId, UUID buddyId) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        WaitingEntry entry = waitingList.find(programme, waitingEntryId).filter(e -> e.status() == WaitingEntry.Status.WAITING)
                .orElseThrow(() -> new NotFound("Waiting participant"));
        BuddyView buddy = buddies.find(programme, buddyId).filter(b -> b.status() == BuddyStatus.APPROVED)
                .orElseThrow(() -> new NotFound("Approved buddy"));
        if (pairs.ofProgramme(programme).stream().anyMatch(p -> p.status().open() && p.participant().equals(entry.participant()))) {
            throw new Refusal("participant", "matching.refused.participantInPair");
        }
        if (pairs.ofProgramme(programme).stream().anyMatch(p -> p.status() == PairStatus.PROPOSED && p.fixedByCoordinator()
                && p.buddyId().equals(buddy.id()) && p.participant().equals(entry.participant()))) {
            throw new Refusal("buddy", "matching.refused.pairFixed");
        }
        requireMatchingConsent(entry.participant());
        if (buddy.consentWithdrawn()) {
            throw new BuddyConsentWithdrawn();
        }
        pairs.removeProposalsOf(programme, entry.participant());
        UUID id = pairs.propose(me.organisationId(), programme, entry, buddy.id(), null, null, true, clock.instant());
        audit.record(AuditTrail.Action.CREATE, SUBJECT, List.of(id));
        return id;
    }

    /** Records that the participant agreed to the pair (they have no account: the coordinator records it). */
    public void participantAgreed(UUID programme, UUID pairId) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        PairView pair = pair(programme, pairId);
        if (pair.status() != PairStatus.AWAITING_AGREEMENT) {
            throw new Refusal("pair", "matching.refused.notAccepted");
        }
        requireMatchingConsent(pair.participant());
        requireBuddyConsent(pair);
        pairs.participantAgreed(pairId, me.accountId(), clock.instant());
        startIfBothAgreed(pair);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /**
     * Ends a pair: completed, or stopped early with a reason. A participant whose pair stopped early returns to the
     * waiting list with their original date of entry.
     */
    public void end(UUID programme, UUID pairId, boolean stoppedEarly, String reason) {
        access.coordinated(programme);
        PairView pair = pair(programme, pairId);
        if (stoppedEarly && (reason == null || reason.isBlank())) {
            throw new Refusal("reason", "matching.pair.reasonRequired");
        }
        if (reason != null && reason.length() > 500) {
            throw new Refusal("reason", "matching.refused.tooLong", 500);
        }
        if (!pair.status().open()) {
            throw new Refusal("pair", "matching.refused.cannotEnd");
        }
        PairStatus outcome = stoppedEarly ? PairStatus.STOPPED : PairStatus.COMPLETED;
        if (!pairs.end(pairId, outcome, reason == null || reason.isBlank() ? null : reason.strip(), LocalDate.now(clock))) {
            throw new VersionConflict("This pair"); // ended by someone else since it was read
        }
        waitingList.setStatus(pair.waitingEntryId(), stoppedEarly ? WaitingEntry.Status.WAITING : WaitingEntry.Status.DONE);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /** A coaching note of the coordinator (bridge figure) on a pair. */
    public void note(UUID programme, UUID pairId, String text) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        pair(programme, pairId);
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new Refusal("note", "matching.note.required");
        }
        pairs.note(me.organisationId(), pairId, LocalDate.now(clock), text.strip(), me.accountId(), clock.instant());
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    void startIfBothAgreed(PairView pair) {
        if (pairs.startIfBothAgreed(pair.id(), LocalDate.now(clock))) {
            waitingList.setStatus(pair.waitingEntryId(), WaitingEntry.Status.PAIRED);
        }
    }

    /** Withdrawing the consent to matching takes effect at once: no pair is made or started for them any more. */
    private void requireMatchingConsent(ParticipantId participant) {
        if (participants.approachableForMatching(List.of(participant)).isEmpty()) {
            throw new ConsentMissing(ConsentPurpose.MATCHING);
        }
    }

    /** A buddy who withdrew their consent is in no pair that goes ahead: no acceptance, agreement or start. */
    void requireBuddyConsent(PairView pair) {
        if (buddies.find(pair.programmeId(), pair.buddyId()).map(BuddyView::consentWithdrawn).orElse(true)) {
            throw new BuddyConsentWithdrawn();
        }
    }

    private PairView pair(UUID programme, UUID pairId) {
        return pairs.find(programme, pairId).orElseThrow(() -> new NotFound("Pair"));
    }
}
