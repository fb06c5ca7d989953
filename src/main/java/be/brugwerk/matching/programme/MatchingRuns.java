package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.BuddyMatcher;
import be.brugwerk.matching.engine.MatchingOutcome;
import be.brugwerk.matching.engine.MatchingPhase;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.MatchingResult;
import be.brugwerk.matching.engine.PairIds;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.ProposedPair;
import be.brugwerk.matching.engine.WaitingListMatching;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.places.PlaceManagement;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the matching of a programme's whole waiting list in three steps, so that no transaction stays open while the
 * solver works: it reads the waiting list, the buddies and the pairs in one short transaction, solves outside any
 * transaction, and writes the proposals in a second short transaction that first checks again what may have
 * changed meanwhile (a participant paired, waiting no more or without consent; a buddy full, no longer approved or
 * without consent; a pair fixed by hand) and drops the proposals that no longer hold.
 *
 * <p>A run holds its programme's lock from start to end ({@link RunLock}, a session-level advisory lock on the one
 * connection the run uses), so a second start on any node is refused at once ({@link RunInProgress}, 409) rather
 * than queued. Its phases are written as it goes, so a coordinator sees the progress. A failed run changes nothing
 * but its own record.
 *
 * <p>Where people live: a participant's home is their place of kind HOME (read for all waiting participants in one
 * query through the places module), a buddy's is the point set with them ({@link BuddyHomes}); with both points the
 * engine measures straight-line km and leaves out a pair farther apart than the programme's maximum distance,
 * otherwise it falls back to the intakes' neighbourhood names (docs/matching-engine.md).
 *
 * <p>Who enters: waiting participants with a current MATCHING consent who are not in an accepted or running pair;
 * approved buddies (with the extract seen where the programme requires it) with a free place. Pairs the coordinator
 * rejected, and pairs that stopped early, are left out; pairs fixed by hand are kept.
 */
@Service
public class MatchingRuns {

    private final ProgrammeAccess access;
    private final WaitingList waitingList;
    private final Buddies buddies;
    private final Pairs pairs;
    private final Runs runs;
    private final Intakes intakes;
    private final ParticipantManagement participants;
    private final PlaceManagement places;
    private final AuditTrail audit;
    private final RunLock lock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final BuddyMatcher matcher = new WaitingListMatching();
    private final List<BiConsumer<UUID, MatchingPhase>> phaseListeners = new CopyOnWriteArrayList<>();

    MatchingRuns(
            ProgrammeAccess access,
            WaitingList waitingList,
            Buddies buddies,
            Pairs pairs,
            Runs runs,
            Intakes intakes,
            ParticipantManagement participants,
            PlaceManagement places,
            AuditTrail audit,
            RunLock lock,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.access = access;
        this.waitingList = waitingList;
        this.buddies = buddies;
        this.pairs = pairs;
        this.runs = runs;
        this.intakes = intakes;
        this.participants = participants;
        this.places = places;
        this.audit = audit;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Hears every phase every run enters, on the run's thread, after the phase is recorded and outside any
     * transaction (for monitoring, and for tests that hold a run in a phase or change data during the solve). Close
     * the returned handle to stop listening.
     */
    public AutoCloseable onPhase(BiConsumer<UUID, MatchingPhase> listener) {
        phaseListeners.add(listener);
        return () -> phaseListeners.remove(listener);
    }

    @Transactional(readOnly = true)
    public Optional<RunView> latest(UUID programme) {
        access.coordinated(programme);
        return runs.latest(programme);
    }

    /**
     * Runs the matching now; refused with {@link RunInProgress} while another run of the programme goes on. Called
     * outside any transaction: the run opens its own short ones.
     */
    public RunView run(UUID programmeId) {
        // The signed-in person is resolved before the run holds a connection (it may read the session store).
        SignedInUser me = Tenancy.requireUser();
        ProgrammeView programme = readOnly.execute(tx -> access.coordinated(programmeId));
        return lock.alone(programmeId, () -> {
            UUID run = UUID.randomUUID();
            transaction.executeWithoutResult(
                    tx -> runs.start(run, me.organisationId(), programmeId, me.accountId(), clock.instant()));
            try {
                return matchAndPropose(programme, run, me);
            } catch (RuntimeException e) {
                transaction.executeWithoutResult(
                        tx -> runs.finish(run, "FAILED", "matching.run.failed", null, clock.instant()));
                throw new MatchingFailed(e);
            }
        });
    }

    /** What the run read: the engine's input, and what the write must compare with. */
    private record Snapshot(MatchingRequest request, Map<String, WaitingEntry> entryOf, Set<UUID> proposalsRead) {}

    private RunView matchAndPropose(ProgrammeView programme, UUID run, SignedInUser me) {
        // read-write: reading the participants' homes writes the places module's audit row
        Snapshot snapshot = transaction.execute(tx -> read(programme));
        if (snapshot.request() == null) {
            String message = snapshot.entryOf().isEmpty() ? "matching.run.nobodyWaiting" : "matching.run.noBuddies";
            return finish(programme, run, MatchingOutcome.NO_CANDIDATES, message, null);
        }
        MatchingResult result = matcher.match(snapshot.request(), phase -> {
            transaction.executeWithoutResult(tx -> runs.phase(run, phase.name()));
            phaseListeners.forEach(listener -> listener.accept(programme.id(), phase));
        });
        return transaction.execute(tx -> write(programme, run, me, snapshot, result));
    }

    private Snapshot read(ProgrammeView programme) {
        LocalDate today = LocalDate.now(clock);
        List<PairView> existing = pairs.ofProgramme(programme.id());
        Set<ParticipantId> inOpenPairs = existing.stream()
                .filter(p -> p.status().open())
                .map(PairView::participant)
                .collect(Collectors.toSet());
        List<WaitingEntry> entries = waitingList.ofProgramme(programme.id()).stream()
                .filter(e -> e.status() == WaitingEntry.Status.WAITING && !inOpenPairs.contains(e.participant()))
                .toList();
        Set<ParticipantId> approachable = participants.approachableForMatching(
                entries.stream().map(WaitingEntry::participant).toList());
        Map<String, WaitingEntry> entryOf = new HashMap<>();
        List<Participant> waiting = new ArrayList<>();
        Map<UUID, Intake> intakeOf = intakesOf(entries);
        Map<ParticipantId, GeoPoint> homes = approachable.isEmpty() ? Map.of() : places.homesForMatching(approachable);
        for (WaitingEntry entry : entries) {
            if (approachable.contains(entry.participant())) {
                entryOf.put(entry.participant().toString(), entry);
                waiting.add(new Participant(
                        entry.participant().toString(),
                        entry.enteredOn(),
                        intakeOf.get(entry.intakeId()).profile(programme.settings(), homes.get(entry.participant()))));
            }
        }
        Map<UUID, Integer> free = freePlaces(programme, existing);
        List<Buddy> available = new ArrayList<>();
        for (BuddyView buddy : buddies.ofProgramme(programme.id())) {
            if (free.containsKey(buddy.id())) {
                available.add(new Buddy(
                        buddy.id().toString(),
                        buddy.intake().profile(programme.settings(), buddy.home()),
                        free.get(buddy.id())));
            }
        }
        Set<UUID> proposalsRead = existing.stream()
                .filter(p -> p.status() == PairStatus.PROPOSED)
                .map(PairView::id)
                .collect(Collectors.toSet());
        if (waiting.isEmpty() || available.isEmpty()) {
            return new Snapshot(null, entryOf, proposalsRead);
        }
        Set<String> buddyIds = available.stream().map(Buddy::id).collect(Collectors.toSet());
        Set<PairIds> fixed = pairsIn(existing, PairStatus.PROPOSED, true, entryOf.keySet(), buddyIds);
        Set<PairIds> excluded =
                new HashSet<>(pairsIn(existing, PairStatus.REJECTED, false, entryOf.keySet(), buddyIds));
        excluded.addAll(pairsIn(existing, PairStatus.STOPPED, false, entryOf.keySet(), buddyIds)); // not proposed again
        excluded.removeAll(fixed);
        return new Snapshot(
                new MatchingRequest(waiting, available, programme.settings().rules(), today, fixed, excluded),
                entryOf,
                proposalsRead);
    }

    /** The free places of the buddies who can be matched now: approved, consenting, cleared, with a place left. */
    private Map<UUID, Integer> freePlaces(ProgrammeView programme, List<PairView> pairsOfProgramme) {
        Map<UUID, Long> placesTaken = pairsOfProgramme.stream()
                .filter(p -> p.status().open())
                .collect(Collectors.groupingBy(PairView::buddyId, Collectors.counting()));
        Map<UUID, Integer> free = new HashMap<>();
        for (BuddyView buddy : buddies.ofProgramme(programme.id())) {
            long places = buddy.capacity() - placesTaken.getOrDefault(buddy.id(), 0L);
            boolean cleared = !programme.settings().extractRequired() || Boolean.TRUE.equals(buddy.extractSeen());
            if (buddy.status() == BuddyStatus.APPROVED && !buddy.consentWithdrawn() && cleared && places > 0) {
                free.put(buddy.id(), (int) places);
            }
        }
        return free;
    }

    /**
     * Writes the proposals that still hold, in place of the proposals the run read. Checked again, since the solve
     * ran outside any transaction: the participant still waits, is in no accepted or running pair, has no pair fixed
     * by hand since, and still consents; the buddy can still be matched, and takes no more proposals than their free
     * places now (fixed pairs first, then by score). A proposal that no longer holds is dropped, not written.
     */
    private RunView write(
            ProgrammeView programme, UUID run, SignedInUser me, Snapshot snapshot, MatchingResult result) {
        audit.record(
                AuditTrail.Action.READ,
                AuditTrail.Subject.PARTICIPANT,
                snapshot.entryOf().values().stream()
                        .map(e -> e.participant().value())
                        .toList());
        if (result.outcome() == MatchingOutcome.NO_CANDIDATES) {
            return finish(programme, run, MatchingOutcome.NO_CANDIDATES, "matching.run.noCandidates", null);
        }
        List<PairView> now = pairs.ofProgramme(programme.id());
        Set<ParticipantId> taken = now.stream()
                .filter(p -> p.status().open()
                        || (p.status() == PairStatus.PROPOSED
                                && !snapshot.proposalsRead().contains(p.id())))
                .map(PairView::participant)
                .collect(Collectors.toSet());
        Set<UUID> stillWaiting = waitingList.ofProgramme(programme.id()).stream()
                .filter(e -> e.status() == WaitingEntry.Status.WAITING)
                .map(WaitingEntry::id)
                .collect(Collectors.toSet());
        Set<ParticipantId> consenting = participants.approachableForMatching(result.pairs().stream()
                .map(p -> snapshot.entryOf().get(p.participantId()).participant())
                .toList());
        Map<UUID, Integer> free = new HashMap<>(freePlaces(programme, now));
        List<ProposedPair> holding = new ArrayList<>();
        List<ProposedPair> byPriority = result.pairs().stream()
                .sorted(Comparator.comparing(ProposedPair::fixedByCoordinator)
                        .reversed()
                        .thenComparing(ProposedPair::score, Comparator.reverseOrder()))
                .toList();
        for (ProposedPair pair : byPriority) {
            WaitingEntry entry = snapshot.entryOf().get(pair.participantId());
            UUID buddy = UUID.fromString(pair.buddyId());
            boolean holds = stillWaiting.contains(entry.id())
                    && !taken.contains(entry.participant())
                    && consenting.contains(entry.participant())
                    && free.getOrDefault(buddy, 0) > 0;
            if (holds) {
                free.merge(buddy, -1, Integer::sum);
                holding.add(pair);
            }
        }
        pairs.removeProposals(snapshot.proposalsRead());
        List<UUID> proposed = new ArrayList<>();
        for (ProposedPair pair : holding) {
            Pair made = Pair.proposed(
                    me.organisationId(),
                    programme.id(),
                    snapshot.entryOf().get(pair.participantId()),
                    UUID.fromString(pair.buddyId()),
                    run,
                    pair.score(),
                    pair.fixedByCoordinator(),
                    clock.instant());
            pairs.add(made, pair.explanation());
            proposed.add(made.id());
        }
        audit.record(AuditTrail.Action.CREATE, AuditTrail.Subject.BUDDY_PAIR, proposed);
        return finish(
                programme,
                run,
                MatchingOutcome.PAIRS_PROPOSED,
                "matching.run.proposed",
                Integer.toString(proposed.size()));
    }

    private RunView finish(ProgrammeView programme, UUID run, MatchingOutcome outcome, String message, String detail) {
        return transaction.execute(tx -> {
            runs.finish(run, outcome.name(), message, detail, clock.instant());
            return runs.latest(programme.id()).orElseThrow();
        });
    }

    /** The waiting entries' intakes, read in one query rather than one per entry. */
    private Map<UUID, Intake> intakesOf(List<WaitingEntry> entries) {
        return intakes.findAll(entries.stream().map(WaitingEntry::intakeId).toList());
    }

    private static Set<PairIds> pairsIn(
            List<PairView> existing,
            PairStatus status,
            boolean fixedOnly,
            Set<String> participantIds,
            Set<String> buddyIds) {
        return existing.stream()
                .filter(p -> p.status() == status && (!fixedOnly || p.fixedByCoordinator()))
                .map(p -> new PairIds(p.participant().toString(), p.buddyId().toString()))
                .filter(p -> participantIds.contains(p.participantId()) && buddyIds.contains(p.buddyId()))
                .collect(Collectors.toSet());
    }
}
