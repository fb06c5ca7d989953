package be.brugwerk.matching.programme;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator decides about pairs: accept or reject a proposal, fix a pair by hand, record the
 * participant's agreement, end a pair. The rules are the {@link Pair}'s; this loads it with what its decision must
 * know, lets it decide, saves it and writes the audit row. A duo is chosen, not imposed: a pair starts only when the
 * buddy (in their own account) and the participant (recorded by the coordinator) both agreed.
 */
@Service
@Transactional
public class PairManagement {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.BUDDY_PAIR;

    /** The longest coaching note on a pair, in characters. */
    public static final int LONGEST_NOTE = 2000;

    private final ProgrammeAccess access;
    private final Pairs pairs;
    private final WaitingList waitingList;
    private final Buddies buddies;
    private final ParticipantManagement participants;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PairManagement(
            ProgrammeAccess access,
            Pairs pairs,
            WaitingList waitingList,
            Buddies buddies,
            ParticipantManagement participants,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.access = access;
        this.pairs = pairs;
        this.waitingList = waitingList;
        this.buddies = buddies;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Accepts a proposal: it now waits for both people's agreement; the buddy will see the participant's name. Two
     * coordinators accepting at once take turns on the rows of the participant and the buddy, so the second sees the
     * place the first took.
     *
     * @throws VersionConflict when the pair was decided meanwhile, the buddy has no free place left or the participant
     *         is in another accepted or running pair: the proposal is out of date (409)
     */
    public void accept(UUID programme, UUID pairId) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        Pair pair = forDecision(programme, pairId);
        Map<ParticipantId, String> names = participants.names(List.of(pair.participant()));
        pair.accept(circumstances(pair), me.accountId(), clock.instant(), names.get(pair.participant()));
        pairs.save(pair);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /** Rejects a proposal with a reason: the pair is left out of every later run. */
    public void reject(UUID programme, UUID pairId, String reason) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        Pair pair = forDecision(programme, pairId);
        pair.reject(reason, me.accountId(), clock.instant());
        pairs.save(pair);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /**
     * Fixes a pair by hand: it replaces the participant's current proposal and is kept by every later run, which
     * re-runs the rest around it. Refused ({@link Refusal}) when the participant no longer waits (paired or left
     * meanwhile), is in another pair, or the buddy has no free place left, as read under the locks of both.
     */
    public UUID fix(UUID programme, UUID waitingEntryId, UUID buddyId) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        waitingList.find(programme, waitingEntryId).orElseThrow(() -> new NotFound("Waiting participant"));
        BuddyView buddy = buddies.find(programme, buddyId)
                .filter(b -> b.status() == BuddyStatus.APPROVED)
                .orElseThrow(() -> new NotFound("Approved buddy"));
        pairs.lockParticipantAndBuddy(waitingEntryId, buddy.id());
        WaitingEntry entry = waitingList
                .find(programme, waitingEntryId)
                .filter(e -> e.status() == WaitingEntry.Status.WAITING)
                .orElseThrow(() -> new Refusal("waitingEntry", "matching.refused.noLongerWaiting"));
        boolean alreadyFixed = pairs.fixedAlready(programme, entry.participant(), buddy.id());
        Pair pair = Pair.fixedByHand(
                me.organisationId(),
                programme,
                entry,
                buddy.id(),
                circumstances(programme, entry.participant(), buddy.id(), null),
                alreadyFixed,
                clock.instant());
        pairs.removeProposalsOf(programme, entry.participant());
        pairs.add(pair, List.of());
        audit.record(AuditTrail.Action.CREATE, SUBJECT, List.of(pair.id()));
        return pair.id();
    }

    /** Records that the participant agreed to the pair (they have no account: the coordinator records it). */
    public void participantAgreed(UUID programme, UUID pairId) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        Pair pair = forDecision(programme, pairId);
        pair.agreeForParticipant(circumstances(pair), me.accountId(), clock.instant(), LocalDate.now(clock));
        saveWithParticipantStanding(pair);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /**
     * Ends a pair: completed, or stopped early with a reason. A participant whose pair stopped early returns to the
     * waiting list with their original date of entry.
     */
    public void end(UUID programme, UUID pairId, boolean stoppedEarly, String reason) {
        access.coordinated(programme);
        Pair pair = forDecision(programme, pairId);
        if (stoppedEarly) {
            pair.stopEarly(reason, LocalDate.now(clock));
        } else {
            pair.complete(reason, LocalDate.now(clock));
        }
        saveWithParticipantStanding(pair);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /** A coaching note of the coordinator (bridge figure) on a pair. */
    public void note(UUID programme, UUID pairId, String text) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        pairs.find(programme, pairId).orElseThrow(() -> new NotFound("Pair"));
        if (text == null || text.isBlank()) {
            throw new Refusal("note", "matching.note.required");
        }
        if (text.length() > LONGEST_NOTE) {
            throw new Refusal("note", "matching.note.tooLong");
        }
        pairs.note(me.organisationId(), pairId, LocalDate.now(clock), text.strip(), me.accountId(), clock.instant());
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(pairId));
    }

    /** The buddy agrees to their pair (the caller checked it is theirs); it starts once the participant agreed too. */
    void buddyAgreed(UUID programme, UUID pairId) {
        Pair pair = forDecision(programme, pairId);
        pair.agreeAsBuddy(circumstances(pair), clock.instant(), LocalDate.now(clock));
        saveWithParticipantStanding(pair);
    }

    /**
     * Saves the pair and, when it started or ended now, where its participant stands on the waiting list; publishes
     * that it started or ended, in the same transaction (coaching notes it on the participant's trajectory).
     */
    private void saveWithParticipantStanding(Pair pair) {
        pairs.save(pair);
        pair.happened().ifPresent(events::publishEvent);
        boolean startedOrEnded = pair.status() != pair.storedStatus()
                && (pair.status() == PairStatus.ACTIVE || !pair.status().open());
        if (startedOrEnded) {
            waitingList.setStatus(pair.waitingEntryId(), pair.participantStanding());
        }
    }

    private Pair.Circumstances circumstances(Pair pair) {
        return circumstances(pair.programmeId(), pair.participant(), pair.buddyId(), pair.id());
    }

    /** What a decision needs beside the pair, read after the participant's and the buddy's rows were locked. */
    private Pair.Circumstances circumstances(
            UUID programme, ParticipantId participant, UUID buddyId, UUID pairLeftOut) {
        BuddyView buddy = buddies.find(programme, buddyId).orElseThrow(() -> new NotFound("Buddy"));
        Pairs.OpenPairs open = pairs.openPairs(programme, participant, buddyId, pairLeftOut);
        boolean consents =
                !participants.approachableForMatching(List.of(participant)).isEmpty();
        return new Pair.Circumstances(
                consents, open.ofParticipant() > 0, !buddy.consentWithdrawn(), buddy.capacity(), open.ofBuddy());
    }

    private Pair forDecision(UUID programme, UUID pairId) {
        return pairs.lockForDecision(programme, pairId).orElseThrow(() -> new NotFound("Pair"));
    }
}
