package be.brugwerk.matching.programme;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buddy programmes of an organisation, their waiting lists, and what their coordinators follow: pairs with the
 * reasons they were proposed, signals and figures. Reads and writes of personal data are audited (ids only).
 */
@Service
@Transactional
public class ProgrammeManagement {

    private final ProgrammeAccess access;
    private final Programmes programmes;
    private final WaitingList waitingList;
    private final Intakes intakes;
    private final Pairs pairs;
    private final Buddies buddies;
    private final ParticipantManagement participants;
    private final AuditTrail audit;
    private final AccountManagement accounts;
    private final Clock clock;

    ProgrammeManagement(
            ProgrammeAccess access,
            Programmes programmes,
            WaitingList waitingList,
            Intakes intakes,
            Pairs pairs,
            Buddies buddies,
            ParticipantManagement participants,
            AuditTrail audit,
            AccountManagement accounts,
            Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.programmes = programmes;
        this.waitingList = waitingList;
        this.intakes = intakes;
        this.pairs = pairs;
        this.buddies = buddies;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of a coordinator's own programmes (every programme of the organisation for its admin), by name, from
     * {@code from} (the first when {@code null}).
     */
    @Transactional(readOnly = true)
    public Keyset.Page<ProgrammeView, UUID> page(Keyset.Cursor<UUID> from, int size) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN);
        return programmes.page(
                me.organisationId(), me.hasRole(Role.ORGANISATION_ADMIN) ? null : me.accountId(), from, size);
    }

    /** Creates a programme; its creator coordinates it. */
    public ProgrammeView create(ProgrammeSettings settings) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR);
        UUID id = programmes.create(me.organisationId(), settings, me.accountId(), clock.instant());
        return access.coordinated(id);
    }

    /**
     * Changes the settings if nobody else changed them since {@code version} was read ({@link VersionConflict}
     * otherwise). Buddies keep the capacity they offered; a later run gives none more than the new maximum allows.
     */
    public ProgrammeView update(UUID id, ProgrammeSettings settings, int version) {
        access.coordinated(id);
        if (!programmes.update(id, settings, version)) {
            throw new VersionConflict("matching.conflict.programme");
        }
        return access.coordinated(id);
    }

    /**
     * Throws {@link be.brugwerk.system.NotFound} unless the signed-in person coordinates the programme or is its
     * organisation's admin. Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID id) {
        access.overseen(id);
    }

    @Transactional(readOnly = true)
    public ProgrammeView get(UUID id) {
        return access.overseen(id);
    }

    /** A programme the signed-in person coordinates, to change it; 404 otherwise (its admin only oversees it). */
    @Transactional(readOnly = true)
    public ProgrammeView coordinated(UUID id) {
        return access.coordinated(id);
    }

    @Transactional(readOnly = true)
    public boolean coordinates(UUID id) {
        SignedInUser me = Tenancy.requireUser();
        return me.hasRole(Role.COORDINATOR) && programmes.coordinates(id, me.accountId());
    }

    /** The programme's coordinators, and the organisation's other coordinators who could join them (ids to names). */
    public record Coordinators(Map<UUID, String> current, Map<UUID, String> others) {}

    @Transactional(readOnly = true)
    public Coordinators coordinators(UUID programme) {
        access.coordinated(programme);
        Map<UUID, String> all = accounts.coordinators();
        Map<UUID, String> current = new java.util.LinkedHashMap<>();
        programmes.coordinatorsOf(programme).forEach(id -> current.put(id, all.getOrDefault(id, "?")));
        Map<UUID, String> others = new java.util.LinkedHashMap<>(all);
        others.keySet().removeAll(current.keySet());
        return new Coordinators(current, others);
    }

    /** Shares the programme with another coordinator of the organisation, who then sees and changes it too. */
    public void addCoordinator(UUID programme, UUID account) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        if (!accounts.coordinators().containsKey(account)) {
            throw new NotFound("Coordinator");
        }
        programmes.addCoordinator(me.organisationId(), programme, account);
    }

    /** A line of the waiting list: who, since when, where they stand. */
    public record WaitingLine(
            UUID entryId,
            ParticipantId participant,
            String name,
            LocalDate enteredOn,
            WaitingEntry.Status status,
            long daysWaited) {}

    /** The lines of the entries whose participants {@code names} names, with how long they have waited. */
    private List<WaitingLine> lines(List<WaitingEntry> entries, Map<ParticipantId, String> names) {
        LocalDate today = LocalDate.now(clock);
        return entries.stream()
                .filter(e -> names.containsKey(e.participant()))
                .map(e -> line(e, names.get(e.participant()), today))
                .toList();
    }

    /**
     * What a programme's page shows of its people, each list bounded: a page of the waiting list, a page of the
     * proposals, a page of the decided pairs, and the first signals ({@code moreSignals} when there are others).
     */
    public record PagedLists(
            Keyset.Page<WaitingLine, UUID> waiting,
            Keyset.Page<PairView, UUID> proposals,
            Keyset.Page<PairView, UUID> pairs,
            List<Signal> signals,
            boolean moreSignals) {}

    /** The cursors of the lists of a programme's page, each {@code null} for its first page. */
    public record Cursors(Keyset.Cursor<UUID> waiting, Keyset.Cursor<UUID> proposals, Keyset.Cursor<UUID> pairs) {}

    /**
     * One page of the waiting list in order of entry, one page of the proposals (pairs still to decide) and one of the
     * decided pairs, both in the order the runs proposed them, each from its cursor, and the first {@code size}
     * signals, with the participants' names: one access check and one audit row naming whom they show, the same
     * statements however long the lists are. A participant the coordinator may no longer see is left out of the
     * waiting page.
     */
    public PagedLists pagedLists(UUID programme, Cursors from, int size) {
        access.coordinated(programme);
        Keyset.Page<WaitingEntry, UUID> waiting = waitingList.page(programme, from.waiting(), size);
        Keyset.Page<PairView, UUID> proposals = pairs.page(programme, PairStatus.PROPOSED, from.proposals(), size);
        Keyset.Page<PairView, UUID> decided = pairs.decidedPage(programme, from.pairs(), size);
        List<Pairs.SignalRow> signalRows =
                pairs.signals(programme, LocalDate.now(clock), LOW_CHECK_IN, Keyset.limit(size));
        boolean moreSignals = signalRows.size() > size;
        if (moreSignals) {
            signalRows = signalRows.subList(0, size);
        }
        List<ParticipantId> shown = new ArrayList<>(
                waiting.rows().stream().map(WaitingEntry::participant).toList());
        proposals.rows().forEach(pair -> shown.add(pair.participant()));
        decided.rows().forEach(pair -> shown.add(pair.participant()));
        signalRows.stream()
                .map(Pairs.SignalRow::participant)
                .filter(p -> p != null)
                .forEach(shown::add);
        Map<ParticipantId, String> names = shown.isEmpty() ? Map.of() : participants.names(shown);
        return new PagedLists(
                waitingLines(waiting, names),
                proposals.map(pair -> pair.withParticipantName(names.get(pair.participant()))),
                decided.map(pair -> pair.withParticipantName(names.get(pair.participant()))),
                signalRows.stream()
                        .map(row -> new Signal(
                                row.kind(),
                                row.pairId(),
                                row.buddyId(),
                                row.participant() == null
                                        ? row.buddyName()
                                        : names.get(row.participant()) + " – " + row.buddyName(),
                                row.number()))
                        .toList(),
                moreSignals);
    }

    private static WaitingLine line(WaitingEntry entry, String name, LocalDate today) {
        return new WaitingLine(
                entry.id(),
                entry.participant(),
                name,
                entry.enteredOn(),
                entry.status(),
                ChronoUnit.DAYS.between(entry.enteredOn(), today));
    }

    /**
     * A waiting participant to pair by hand, and the first buddies who could take them now whose name contains
     * {@code search} ({@code more} when others match too). The entry is shown whatever its status, so that a page
     * refused because the participant no longer waits can say so; buddies are offered only while they wait.
     */
    public record PairByHand(WaitingLine entry, List<BuddyChoice> buddies, boolean more) {}

    /** How many buddies the page that pairs by hand offers at once: a search narrows them down. */
    public static final int BUDDY_CHOICES = 20;

    public PairByHand pairByHand(UUID programme, UUID entryId, String search) {
        access.coordinated(programme);
        WaitingEntry entry = waitingList.find(programme, entryId).orElseThrow(() -> new NotFound("Waiting entry"));
        String name = participants.names(List.of(entry.participant())).get(entry.participant()); // audits the read
        if (name == null) {
            throw new NotFound("Waiting entry");
        }
        WaitingLine line = line(entry, name, LocalDate.now(clock));
        if (entry.status() != WaitingEntry.Status.WAITING) {
            return new PairByHand(line, List.of(), false);
        }
        List<BuddyChoice> choices = buddies.withRoom(programme, search, BUDDY_CHOICES + 1);
        boolean more = choices.size() > BUDDY_CHOICES;
        return new PairByHand(line, more ? choices.subList(0, BUDDY_CHOICES) : choices, more);
    }

    /**
     * One page of the waiting list in order of entry, from {@code from} (the first when {@code null}), with the
     * participants' names: one audit row naming whom it shows. A participant the coordinator may no longer see is left
     * out of the page.
     */
    public Keyset.Page<WaitingLine, UUID> waitingPage(UUID programme, Keyset.Cursor<UUID> from, int size) {
        access.coordinated(programme);
        Keyset.Page<WaitingEntry, UUID> waiting = waitingList.page(programme, from, size);
        List<ParticipantId> shown =
                waiting.rows().stream().map(WaitingEntry::participant).toList();
        return waitingLines(waiting, shown.isEmpty() ? Map.of() : participants.names(shown));
    }

    /** The waiting page's lines of the participants named in {@code names}, with how long they have waited. */
    private Keyset.Page<WaitingLine, UUID> waitingLines(
            Keyset.Page<WaitingEntry, UUID> waiting, Map<ParticipantId, String> names) {
        return new Keyset.Page<>(lines(waiting.rows(), names), waiting.next(), waiting.previous());
    }

    /** How many participants the form that puts one on a waiting list offers at once: a search narrows them down. */
    public static final int WAITING_CHOICES = 20;

    /**
     * Up to {@value #WAITING_CHOICES} of the participants the coordinator may put on the waiting list (workable: not
     * archived, with a ground to process their data; not on it yet) whose name contains {@code search} (all when
     * blank), in name order, with {@code chosen} first when it is one of them (a refused form keeps its choice), and
     * how much of what matched. Its statements follow the choice, not the size of the organisation or the waiting
     * list: a fixed number when the first read of names fills the choice or holds every match, and two more for each
     * further read, which only rows left out (waiting already) call for and which stop after some 400 rows
     * ({@link ParticipantManagement#offeredWithChosenFirst}, which writes the one audit row naming those offered).
     */
    public ParticipantManagement.NamedChoice candidatesForWaitingList(
            UUID programme, String search, ParticipantId chosen) {
        access.coordinated(programme);
        Function<Set<ParticipantId>, Set<ParticipantId>> waiting = among -> waitingList.holding(programme, among);
        // the chosen one is shown as long as they may be put on the list, wherever they come in the order
        return participants.offeredWithChosenFirst(search, WAITING_CHOICES, chosen, waiting);
    }

    /** Puts a participant on the waiting list after their intake, dated today. */
    public UUID addToWaitingList(UUID programme, ParticipantId participant, Intake intake) {
        SignedInUser me = Tenancy.requireUser();
        access.coordinated(programme);
        if (!participants.isVisible(participant)) {
            throw new NotFound("Participant");
        }
        if (waitingList.contains(programme, participant)) {
            throw new Refusal("participant", "matching.waiting.participant.alreadyWaiting");
        }
        UUID intakeId = intakes.insert(me.organisationId(), intake);
        UUID entry = waitingList.add(me.organisationId(), programme, participant, LocalDate.now(clock), intakeId);
        audit.record(AuditTrail.Action.CREATE, AuditTrail.Subject.WAITING_ENTRY, List.of(participant.value()));
        return entry;
    }

    /** A waiting participant's intake as its edit page shows it, for the programme's coordinators (audited, ids only). */
    public EditableIntake editableIntake(UUID programme, UUID entryId) {
        WaitingEntry entry = waitingEntry(programme, entryId);
        String name = participants.names(List.of(entry.participant())).get(entry.participant()); // audits the read
        return new EditableIntake(
                name, null, false, 0, intakes.find(entry.intakeId()), intakes.version(entry.intakeId()));
    }

    /**
     * Corrects a waiting participant's intake if nobody changed it since {@code version}; their date of entry stays.
     *
     * @throws VersionConflict when someone else saved it meanwhile (nothing is written)
     */
    public void correctIntake(UUID programme, UUID entryId, Intake intake, int version) {
        WaitingEntry entry = waitingEntry(programme, entryId);
        if (!intakes.update(entry.intakeId(), intake, version)) {
            throw new VersionConflict("matching.conflict.intake");
        }
        audit.record(
                AuditTrail.Action.UPDATE,
                AuditTrail.Subject.WAITING_ENTRY,
                List.of(entry.participant().value()));
    }

    /** A participant still waiting on the programme, whom the coordinator may see; 404 otherwise. */
    private WaitingEntry waitingEntry(UUID programme, UUID entryId) {
        access.coordinated(programme);
        WaitingEntry entry = waitingList
                .find(programme, entryId)
                .filter(e -> e.status() == WaitingEntry.Status.WAITING)
                .orElseThrow(() -> new NotFound("Waiting entry"));
        if (!participants.isVisible(entry.participant())) {
            throw new NotFound("Waiting entry");
        }
        return entry;
    }

    /**
     * One page of the programme's pairs in order of proposal, from {@code from} (the first when {@code null}), with the
     * participants' names (one audit row naming whom it shows).
     */
    public Keyset.Page<PairView, UUID> pairsPage(UUID programme, Keyset.Cursor<UUID> from, int size) {
        access.coordinated(programme);
        Keyset.Page<PairView, UUID> page = pairs.page(programme, null, from, size);
        if (page.rows().isEmpty()) {
            return page;
        }
        Map<ParticipantId, String> names = participants.names(
                page.rows().stream().map(PairView::participant).toList());
        return page.map(p -> p.withParticipantName(names.get(p.participant())));
    }

    /**
     * Something a coordinator should look at: an accepted or running pair whose buddy withdrew their consent, or whose
     * participant withdrew theirs or was archived (noted by {@link ParticipantChanges}); a running pair without logged
     * contact for 14 or 30 days (from the later of its start and its last meeting) or whose latest check-in scored
     * {@link #LOW_CHECK_IN} or less; a buddy who wants to stop. {@code days} holds the days or the score.
     */
    public record Signal(String kind, UUID pairId, UUID buddyId, String who, long days) {}

    /** Check-in scores at or below this signal the coordinator. */
    public static final int LOW_CHECK_IN = 2;

    /**
     * Figures of a programme, in days: the median wait of those waiting now, the median time from entry to the
     * start of a pair, the median duration of ended pairs, and how many pairs stopped early.
     */
    public record Figures(
            int waiting,
            Long medianDaysWaiting,
            int started,
            Long medianDaysToMatch,
            int ended,
            Long medianPairDays,
            int stoppedEarly) {}

    /** The programme's figures, counted by the database whatever the programme's size. */
    @Transactional(readOnly = true)
    public Figures figures(UUID programme) {
        access.coordinated(programme);
        return pairs.figures(programme, LocalDate.now(clock));
    }
}
