package be.brugwerk.matching.programme;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buddy programmes of an organisation, their waiting lists, and what their coordinators follow: pairs with the
 * reasons they were proposed, signals and figures. Reads and writes of personal data are audited (ids only).
 */
@Service
@Transactional
public class ProgrammeManagement {

    /** Days without a logged meeting after which a running pair is signalled to the coordinator. */
    public static final List<Integer> NO_CONTACT_DAYS = List.of(30, 14);

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
            throw new VersionConflict("This programme");
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

    /** The waiting list in order of entry, with names (one audit row naming whom it shows). */
    public List<WaitingLine> waitingList(UUID programme) {
        access.coordinated(programme);
        List<WaitingEntry> entries = waitingList.ofProgramme(programme);
        Map<ParticipantId, String> names = participants.names(
                entries.stream().map(WaitingEntry::participant).toList());
        return lines(entries, names);
    }

    /** The lines of the entries whose participants {@code names} names, with how long they have waited. */
    private List<WaitingLine> lines(List<WaitingEntry> entries, Map<ParticipantId, String> names) {
        LocalDate today = LocalDate.now(clock);
        return entries.stream()
                .filter(e -> names.containsKey(e.participant()))
                .map(e -> new WaitingLine(
                        e.id(),
                        e.participant(),
                        names.get(e.participant()),
                        e.enteredOn(),
                        e.status(),
                        ChronoUnit.DAYS.between(e.enteredOn(), today)))
                .toList();
    }

    /** A page of the waiting list and a page of the proposals, as a programme's page shows them. */
    public record PagedLists(Keyset.Page<WaitingLine, UUID> waiting, Keyset.Page<PairView, UUID> proposals) {}

    /**
     * One page of the waiting list in order of entry, from {@code waitingFrom}, and one page of the proposals (pairs
     * still to decide) in the order the runs proposed them, from {@code proposalsFrom} (each from its first row when
     * {@code null}), with the participants' names: one access check and one audit row naming whom both show. A
     * participant the coordinator may no longer see is left out of the waiting page.
     */
    public PagedLists pagedLists(
            UUID programme, Keyset.Cursor<UUID> waitingFrom, Keyset.Cursor<UUID> proposalsFrom, int size) {
        access.coordinated(programme);
        Keyset.Page<WaitingEntry, UUID> waiting = waitingList.page(programme, waitingFrom, size);
        Keyset.Page<PairView, UUID> proposals = pairs.page(programme, PairStatus.PROPOSED, proposalsFrom, size);
        List<ParticipantId> shown = new ArrayList<>(
                waiting.rows().stream().map(WaitingEntry::participant).toList());
        proposals.rows().forEach(pair -> shown.add(pair.participant()));
        Map<ParticipantId, String> names = shown.isEmpty() ? Map.of() : participants.names(shown);
        return new PagedLists(
                waitingLines(waiting, names),
                proposals.map(pair -> pair.withParticipantName(names.get(pair.participant()))));
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

    /** Participants the coordinator may put on the waiting list (those not on it yet). */
    public List<ParticipantView> candidatesForWaitingList(UUID programme) {
        access.coordinated(programme);
        return participants.list(null).stream()
                .filter(p -> !p.archived() && !p.restricted())
                .filter(p -> !waitingList.contains(programme, p.id()))
                .toList();
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
            throw new VersionConflict("This intake");
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

    /** The pairs of a programme, newest decisions last, with the participants' names (audited). */
    public List<PairView> pairs(UUID programme) {
        access.coordinated(programme);
        List<PairView> all = pairs.ofProgramme(programme);
        Map<ParticipantId, String> names =
                participants.names(all.stream().map(PairView::participant).toList());
        return all.stream()
                .map(p -> p.withParticipantName(names.get(p.participant())))
                .toList();
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

    /** Something a coordinator should look at. */
    public record Signal(String kind, UUID pairId, UUID buddyId, String who, long days) {}

    /** Check-in scores at or below this signal the coordinator. */
    public static final int LOW_CHECK_IN = 2;

    /**
     * No logged contact for 14 or 30 days in a running pair (from the later of its start and its last meeting), a low
     * latest check-in, buddies who want to stop, and accepted or running pairs whose buddy withdrew their consent, or
     * whose participant withdrew their consent to matching or was archived (noted by {@link ParticipantChanges}).
     */
    public List<Signal> signals(UUID programme, List<PairView> pairsOfProgramme) {
        access.coordinated(programme);
        LocalDate today = LocalDate.now(clock);
        List<Signal> signals = new ArrayList<>();
        Set<UUID> withdrawn = buddies.ofProgramme(programme).stream()
                .filter(BuddyView::consentWithdrawn)
                .map(BuddyView::id)
                .collect(Collectors.toSet());
        for (PairView pair : pairsOfProgramme) {
            if (pair.status().open() && withdrawn.contains(pair.buddyId())) {
                signals.add(new Signal(
                        "buddyConsentWithdrawn",
                        pair.id(),
                        pair.buddyId(),
                        pair.participantName() + " – " + pair.buddyName(),
                        0));
            }
            if (pair.status().open() && pair.participantConsentWithdrawnAt() != null) {
                signals.add(new Signal(
                        "participantConsentWithdrawn",
                        pair.id(),
                        pair.buddyId(),
                        pair.participantName() + " – " + pair.buddyName(),
                        0));
            }
            if (pair.status().open() && pair.participantArchivedAt() != null) {
                signals.add(new Signal(
                        "participantArchived",
                        pair.id(),
                        pair.buddyId(),
                        pair.participantName() + " – " + pair.buddyName(),
                        0));
            }
            if (pair.status() != PairStatus.ACTIVE) {
                continue;
            }
            LocalDate lastContact =
                    pair.lastMeeting() == null || pair.lastMeeting().isBefore(pair.startedOn())
                            ? pair.startedOn()
                            : pair.lastMeeting();
            long days = ChronoUnit.DAYS.between(lastContact, today);
            NO_CONTACT_DAYS.stream()
                    .filter(limit -> days >= limit)
                    .findFirst()
                    .ifPresent(limit -> signals.add(new Signal(
                            "noContact" + limit,
                            pair.id(),
                            pair.buddyId(),
                            pair.participantName() + " – " + pair.buddyName(),
                            days)));
            if (!pair.checkIns().isEmpty() && pair.checkIns().get(0).score() <= LOW_CHECK_IN) {
                signals.add(new Signal(
                        "lowCheckIn",
                        pair.id(),
                        pair.buddyId(),
                        pair.participantName() + " – " + pair.buddyName(),
                        pair.checkIns().get(0).score()));
            }
        }
        for (BuddyView buddy : buddies.ofProgramme(programme)) {
            if (buddy.wantsToStop()) {
                signals.add(new Signal("buddyWantsToStop", null, buddy.id(), buddy.name(), 0));
            }
        }
        return signals;
    }

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

    @Transactional(readOnly = true)
    public Figures figures(UUID programme) {
        access.coordinated(programme);
        LocalDate today = LocalDate.now(clock);
        List<WaitingEntry> entries = waitingList.ofProgramme(programme);
        Map<UUID, LocalDate> entered = new java.util.HashMap<>();
        entries.forEach(e -> entered.put(e.id(), e.enteredOn()));
        List<Long> waiting = entries.stream()
                .filter(e -> e.status() == WaitingEntry.Status.WAITING)
                .map(e -> ChronoUnit.DAYS.between(e.enteredOn(), today))
                .toList();
        List<PairView> all = pairs.ofProgramme(programme);
        List<Long> toMatch = all.stream()
                .filter(p -> p.startedOn() != null)
                .map(p -> ChronoUnit.DAYS.between(entered.get(p.waitingEntryId()), p.startedOn()))
                .toList();
        List<PairView> ended = all.stream()
                .filter(p -> p.endedOn() != null && p.startedOn() != null)
                .toList();
        List<Long> durations = ended.stream()
                .map(p -> ChronoUnit.DAYS.between(p.startedOn(), p.endedOn()))
                .toList();
        int stopped =
                (int) all.stream().filter(p -> p.status() == PairStatus.STOPPED).count();
        return new Figures(
                waiting.size(),
                median(waiting),
                toMatch.size(),
                median(toMatch),
                ended.size(),
                median(durations),
                stopped);
    }

    /** The lower median, in whole days; null for no values. */
    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
