package be.brugwerk.matching.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the matching of a programme's whole waiting list. A run holds a transaction-scoped advisory lock on its
 * programme, so a second start on any node is refused at once ({@link RunInProgress}, 409) rather than queued. Its
 * phases are written as it goes, in their own short transactions, so a coordinator sees the progress. Proposals
 * are written in the run's own transaction: a failed run changes nothing but its own record.
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
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final BuddyMatcher matcher = new WaitingListMatching();
    private final List<BiConsumer<UUID, MatchingPhase>> phaseListeners = new CopyOnWriteArrayList<>();

    MatchingRuns(ProgrammeAccess access, WaitingList waitingList, Buddies buddies, Pairs pairs, Runs runs, Intakes intakes,
            ParticipantManagement participants, AuditTrail audit, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.access = access;
        this.waitingList = waitingList;
        this.buddies = buddies;
        this.pairs = pairs;
        this.runs = runs;
        this.intakes = intakes;
        this.participants = participants;
        this.audit = audit;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Hears every phase every run enters, on the run's thread, after the phase is recorded (for monitoring, and for
     * tests that hold a run in a phase). Close the returned handle to stop listening.
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

    /** Runs the matching now; refused with {@link RunInProgress} while another run of the programme goes on. */
    @Transactional
    public RunView run(UUID programmeId) {
        ProgrammeView programme = access.coordinated(programmeId);
        SignedInUser me = Tenancy.requireUser();
        boolean alone = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param("matching-run:" + programmeId).query(Boolean.class).single();
        if (!alone) {
            throw new RunInProgress();
        }
        UUID run = UUID.randomUUID();
        separately.executeWithoutResult(tx -> runs.start(run, me.organisationId(), programmeId, me.accountId(), clock.instant()));
        try {
            return matchAndPropose(programme, run, me);
        } catch (RuntimeException e) {
            separately.executeWithoutResult(tx -> runs.finish(run, "FAILED", "matching.run.failed", null, clock.instant()));
            throw new MatchingFailed(e);
        }
    }

    private RunView matchAndPropose(ProgrammeView programme, UUID run, SignedInUser me) {
        LocalDate today = LocalDate.now(clock);
        List<PairView> existing = pairs.ofProgramme(programme.id());
        Set<ParticipantId> inOpenPairs = existing.stream().filter(p -> p.status().open()).map(PairView::participant)
                .collect(Collectors.toSet());
        List<WaitingEntry> entries = waitingList.ofProgramme(programme.id()).stream()
                .filter(e -> e.status() == WaitingEntry.Status.WAITING && !inOpenPairs.contains(e.participant())).toList();
        Set<ParticipantId> approachable = participants.approachableForMatching(entries.stream().map(WaitingEntry::participant).toList());
        Map<String, WaitingEntry> entryOf = new HashMap<>();
        List<Participant> waiting = new ArrayList<>();
        Map<UUID, Intake> intakeOf = intakesOf(entries);
        for (WaitingEntry entry : entries) {
            if (approachable.contains(entry.participant())) {
                entryOf.put(entry.participant().toString(), entry);
                waiting.add(new Participant(entry.participant().toString(), entry.enteredOn(),
                        intakeOf.get(entry.intakeId()).profile(programme.settings())));
            }
        }
        Map<UUID, Long> placesTaken = existing.stream().filter(p -> p.status().open())
                .collect(Collectors.groupingBy(PairView::buddyId, Collectors.counting()));
        List<Buddy> available = new ArrayList<>();
        for (BuddyView buddy : buddies.ofProgramme(programme.id())) {
            long free = buddy.capacity() - placesTaken.getOrDefault(buddy.id(), 0L);
            boolean cleared = !programme.settings().extractRequired() || Boolean.TRUE.equals(buddy.extractSeen());
            if (buddy.status() == BuddyStatus.APPROVED && !buddy.consentWithdrawn() && cleared && free > 0) {
                available.add(new Buddy(buddy.id().toString(), buddy.intake().profile(programme.settings()), (int) free));
            }
        }
        if (waiting.isEmpty() || available.isEmpty()) {
            String message = waiting.isEmpty() ? "matching.run.nobodyWaiting" : "matching.run.noBuddies";
            runs.finish(run, MatchingOutcome.NO_CANDIDATES.name(), message, null, clock.instant());
            return runs.latest(programme.id()).orElseThrow();
        }
        Set<String> buddyIds = available.stream().map(Buddy::id).collect(Collectors.toSet());
        Set<PairIds> fixed = pairsIn(existing, PairStatus.PROPOSED, true, entryOf.keySet(), buddyIds);
        Set<PairIds> excluded = new HashSet<>(pairsIn(existing, PairStatus.REJECTED, false, entryOf.keySet(), buddyIds));
        excluded.addAll(pairsIn(existing, PairStatus.STOPPED, false, entryOf.keySet(), buddyIds)); // not proposed again
        excluded.removeAll(fixed);
        MatchingRequest request = new MatchingRequest(waiting, available, programme.settings().rules(), today, fixed, excluded);
        MatchingResult result = matcher.match(request, phase -> {
            separately.executeWithoutResult(tx -> runs.phase(run, phase.name()));
            phaseListeners.forEach(listener -> listener.accept(programme.id(), phase));
        });
        audit.record(AuditTrail.Action.READ, "participant", entryOf.values().stream().map(e -> e.participant().value()).toList());
        if (result.outcome() == MatchingOutcome.NO_CANDIDATES) {
            runs.finish(run, MatchingOutcome.NO_CANDIDATES.name(), "matching.run.noCandidates", null, clock.instant());
            return runs.latest(programme.id()).orElseThrow();
        }
        pairs.removeProposals(programme.id());
        List<UUID> proposed = new ArrayList<>();
        for (ProposedPair pair : result.pairs()) {
            proposed.add(pairs.propose(me.organisationId(), programme.id(), entryOf.get(pair.participantId()),
                    UUID.fromString(pair.buddyId()), run, pair, pair.fixedByCoordinator(), clock.instant()));
        }
        audit.record(AuditTrail.Action.CREATE, "buddy_pair", proposed);
        runs.finish(run, MatchingOutcome.PAIRS_PROPOSED.name(), "matching.run.proposed",
                Integer.toString(result.pairs().size()), clock.instant());
        return runs.latest(programme.id()).orElseThrow();
    }

    /** The waiting entries' intakes, read in one query rather than one per entry. */
    private Map<UUID, Intake> intakesOf(List<WaitingEntry> entries) {
        return intakes.findAll(entries.stream().map(WaitingEntry::intakeId).toList());
    }

    private static Set<PairIds> pairsIn(List<PairView> existing, PairStatus status, boolean fixedOnly, Set<String> participantIds,
            Set<String> buddyIds) {
        return existing.stream().filter(p -> p.status() == status && (!fixedOnly || p.fixedByCoordinator()))
                .map(p -> new PairIds(p.participant().toString(), p.buddyId().toString()))
                .filter(p -> participantIds.contains(p.participantId()) && buddyIds.contains(p.buddyId()))
                .collect(Collectors.toSet());
    }
}
