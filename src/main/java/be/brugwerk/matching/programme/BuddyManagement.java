package be.brugwerk.matching.programme;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.Language;
import be.brugwerk.system.EmailAddress;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buddies and applicants. Coordinators of the programme register and approve them (the organisation admin sees
 * them); an approved buddy gets an account of role BUDDY through the usual invitation by e-mail. A buddy sees only their
 * own profile and the pairs their coordinator accepted, agrees to a pair, logs meetings and can say they want to
 * stop.
 */
@Service
@Transactional
public class BuddyManagement {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.BUDDY;

    private final ProgrammeAccess access;
    private final Programmes programmes;
    private final Buddies buddies;
    private final Intakes intakes;
    private final Pairs pairs;
    private final PairManagement pairManagement;
    private final AccountManagement accounts;
    private final AuditTrail audit;
    private final Clock clock;

    BuddyManagement(
            ProgrammeAccess access,
            Programmes programmes,
            Buddies buddies,
            Intakes intakes,
            Pairs pairs,
            PairManagement pairManagement,
            AccountManagement accounts,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.programmes = programmes;
        this.buddies = buddies;
        this.intakes = intakes;
        this.pairs = pairs;
        this.pairManagement = pairManagement;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of a programme's buddies and applicants, for its coordinators and the organisation admin (audited: the
     * ids shown): applicants first, then approved buddies, each by name; only those in
     * {@code status} (all when null) whose name holds {@code name} (all when blank); from {@code from} (the first
     * when {@code null}).
     */
    public Keyset.Page<BuddyView, UUID> page(
            UUID programme, BuddyStatus status, String name, Keyset.Cursor<UUID> from, int size) {
        access.overseen(programme);
        Keyset.Page<BuddyView, UUID> page = buddies.page(programme, status, name, from, size);
        audit.record(
                AuditTrail.Action.LIST,
                SUBJECT,
                page.rows().stream().map(BuddyView::id).toList());
        return page;
    }

    /** Registers a buddy whom a coordinator met (with their consent); they enter as applied, like a sign-up. */
    public UUID register(UUID programme, String name, String email, int capacity, Intake intake) {
        SignedInUser me = Tenancy.requireUser();
        ProgrammeView view = access.coordinated(programme);
        String address = checkedApplicant(view.settings().maxCapacity(), name, email, capacity);
        if (buddies.emailKnown(programme, address)) {
            throw new Refusal("email", "matching.buddy.email.known");
        }
        UUID id = buddies.apply(
                me.organisationId(),
                programme,
                name.strip(),
                address,
                capacity,
                intakes.insert(me.organisationId(), intake),
                clock.instant());
        audit.record(AuditTrail.Action.CREATE, SUBJECT, List.of(id));
        return id;
    }

    /** A buddy's intake and profile as its edit page shows them, for the programme's coordinators (audited). */
    public EditableIntake editable(UUID programme, UUID buddyId) {
        access.coordinated(programme);
        BuddyView buddy = buddies.find(programme, buddyId).orElseThrow(() -> new NotFound("Buddy"));
        UUID intake = buddies.intakeOf(programme, buddyId).orElseThrow(() -> new NotFound("Buddy"));
        audit.record(AuditTrail.Action.READ, SUBJECT, List.of(buddyId));
        return new EditableIntake(
                buddy.name(),
                buddy.email(),
                addressMayChange(buddy),
                buddy.capacity(),
                buddy.intake(),
                intakes.version(intake));
    }

    /**
     * Corrects a buddy's intake and profile if nobody changed the intake since {@code version}. The e-mail address
     * changes only while the buddy is an applicant (after the approval they sign in with it).
     *
     * @throws VersionConflict when someone else saved the intake meanwhile (nothing is written)
     * @throws IllegalArgumentException naming the field, for a name, address or capacity that is not accepted
     */
    public void correct(
            UUID programme, UUID buddyId, String name, String email, int capacity, Intake intake, int version) {
        ProgrammeView view = access.coordinated(programme);
        BuddyView buddy = buddies.find(programme, buddyId).orElseThrow(() -> new NotFound("Buddy"));
        String address = checkedApplicant(
                view.settings().maxCapacity(), name, addressMayChange(buddy) ? email : buddy.email(), capacity);
        if (addressMayChange(buddy) && buddies.emailKnownToOthers(programme, buddyId, address)) {
            throw new Refusal("email", "matching.buddy.email.known");
        }
        UUID intakeId = buddies.intakeOf(programme, buddyId).orElseThrow(() -> new NotFound("Buddy"));
        if (!intakes.update(intakeId, intake, version)) {
            throw new VersionConflict("matching.conflict.buddy");
        }
        buddies.correct(buddyId, name.strip(), address, capacity);
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(buddyId));
    }

    /**
     * Approves an applicant after the intake (and after seeing the extract, where the programme requires one; only
     * yes or no is recorded) and invites them to an account of their own: the link goes to the buddy by e-mail, in
     * {@code language}; the coordinator never sees it.
     *
     * @throws be.brugwerk.people.MailNotSent when no mail can be sent (the applicant stays an applicant)
     */
    public void approve(UUID programme, UUID buddyId, boolean intakeHeld, boolean extractSeen, Language language) {
        SignedInUser me = Tenancy.requireUser();
        ProgrammeView view = access.coordinated(programme);
        BuddyView buddy = buddies.find(programme, buddyId)
                .filter(b -> b.status() == BuddyStatus.APPLIED)
                .orElseThrow(() -> new NotFound("Applicant"));
        if (!intakeHeld) {
            throw new Refusal("intakeHeld", "matching.buddy.intakeFirst");
        }
        if (view.settings().extractRequired() && !extractSeen) {
            throw new Refusal("extractSeen", "matching.buddy.extractFirst");
        }
        // no account when the address has one in another organisation: its owner is told, the coordinator is not
        UUID account =
                accounts.inviteBuddy(buddy.name(), buddy.email(), language).orElse(null);
        if (!buddies.approve(buddyId, extractSeen, account, me.accountId(), clock.instant())) {
            throw new VersionConflict(
                    "matching.conflict.applicant"); // rolls the invitation back with it, and its mail is not sent
        }
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(buddyId));
    }

    /**
     * Only an applicant's address may change. Not "while there is no account": an approved buddy whose address has an
     * account in another organisation has none, and an address that stayed editable would tell the coordinator so.
     */
    private static boolean addressMayChange(BuddyView buddy) {
        return buddy.status() == BuddyStatus.APPLIED;
    }

    /** What a buddy sees of themselves: their profiles per programme and their accepted pairs. */
    public record OwnView(
            List<BuddyView> profiles, Map<UUID, String> programmeNames, List<PairView> pairs, Set<UUID> checkInDue) {}

    public OwnView own() {
        SignedInUser me = Tenancy.requireRole(Role.BUDDY);
        List<BuddyView> profiles = buddies.ofAccount(me.accountId());
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Integer> intervals = new HashMap<>();
        profiles.forEach(b -> programmes
                .find(me.organisationId(), b.programmeId())
                .ifPresent(p -> {
                    names.put(p.id(), p.settings().name());
                    intervals.put(p.id(), p.settings().checkInIntervalDays());
                }));
        List<PairView> own =
                pairs.shownToBuddies(profiles.stream().map(BuddyView::id).toList());
        LocalDate today = LocalDate.now(clock);
        Set<UUID> due = new HashSet<>();
        for (PairView pair : own) {
            LocalDate next = pair.checkInDue(intervals.getOrDefault(pair.programmeId(), Integer.MAX_VALUE / 2));
            if (next != null && !next.isAfter(today)) {
                due.add(pair.id());
            }
        }
        audit.record(
                AuditTrail.Action.READ,
                SUBJECT,
                profiles.stream().map(BuddyView::id).toList());
        return new OwnView(profiles, names, own, due);
    }

    /** The buddy agrees to a pair their coordinator accepted; the pair starts once the participant agreed too. */
    public void agree(UUID pairId) {
        PairView pair = ownPair(pairId);
        pairManagement.buddyAgreed(pair.programmeId(), pair.id());
        audit.record(AuditTrail.Action.UPDATE, AuditTrail.Subject.BUDDY_PAIR, List.of(pairId));
    }

    /** The buddy logs a meeting of a running pair. */
    public void logMeeting(UUID pairId, LocalDate metOn, String note) {
        SignedInUser me = Tenancy.requireUser();
        PairView pair = ownPair(pairId);
        if (pair.status() != PairStatus.ACTIVE) {
            throw new Refusal("pair", "matching.refused.pairNotRunning");
        }
        if (metOn == null || metOn.isAfter(LocalDate.now(clock)) || metOn.isBefore(pair.startedOn())) {
            throw new Refusal("metOn", "matching.own.meetingDate");
        }
        if (note != null && note.length() > 1000) {
            throw new Refusal("note", "matching.own.noteTooLong", 1000);
        }
        pairs.logMeeting(
                me.organisationId(),
                pairId,
                metOn,
                note == null || note.isBlank() ? null : note.strip(),
                me.accountId(),
                clock.instant());
        audit.record(AuditTrail.Action.UPDATE, AuditTrail.Subject.BUDDY_PAIR, List.of(pairId));
    }

    /** A short check-in of a running pair: a score from 1 (badly) to 5 (very well) and, if wished, a comment. */
    public void checkIn(UUID pairId, int score, String comment) {
        SignedInUser me = Tenancy.requireUser();
        PairView pair = ownPair(pairId);
        if (pair.status() != PairStatus.ACTIVE) {
            throw new Refusal("pair", "matching.refused.pairNotRunning");
        }
        if (score < 1 || score > 5) {
            throw new Refusal("score", "matching.own.checkInScore");
        }
        if (comment != null && comment.length() > 1000) {
            throw new Refusal("comment", "matching.own.commentTooLong", 1000);
        }
        pairs.checkIn(
                me.organisationId(),
                pairId,
                LocalDate.now(clock),
                score,
                comment == null || comment.isBlank() ? null : comment.strip(),
                me.accountId(),
                clock.instant());
        audit.record(AuditTrail.Action.UPDATE, AuditTrail.Subject.BUDDY_PAIR, List.of(pairId));
    }

    /** The buddy tells their coordinator they want to stop: a signal, no pair ends by itself. */
    public void wantsToStop(UUID buddyId) {
        SignedInUser me = Tenancy.requireRole(Role.BUDDY);
        BuddyView buddy = buddies.ofAccount(me.accountId()).stream()
                .filter(b -> b.id().equals(buddyId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Buddy"));
        buddies.wantsToStop(buddy.id());
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(buddy.id()));
    }

    /**
     * The buddy withdraws their own consent. It takes effect at once: they are left out of every run, no open
     * proposal or agreement with them goes ahead, and a pair of theirs that is accepted or running is signalled to
     * the coordinator, who ends it with them. Their data stays for the coordinator, as for a participant.
     */
    public void withdrawConsent(UUID buddyId) {
        SignedInUser me = Tenancy.requireRole(Role.BUDDY);
        BuddyView buddy = buddies.ofAccount(me.accountId()).stream()
                .filter(b -> b.id().equals(buddyId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Buddy"));
        buddies.withdrawConsent(buddy.id(), clock.instant());
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(buddy.id()));
    }

    /**
     * Throws {@link NotFound} unless the pair (when given) and the buddy profile (when given) are the signed-in
     * buddy's own. Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkOwn(UUID pairId, UUID buddyId) {
        if (pairId != null) {
            ownPair(pairId);
        }
        if (buddyId != null
                && buddies.ofAccount(Tenancy.requireRole(Role.BUDDY).accountId()).stream()
                        .noneMatch(b -> b.id().equals(buddyId))) {
            throw new NotFound("Buddy");
        }
    }

    private PairView ownPair(UUID pairId) {
        SignedInUser me = Tenancy.requireRole(Role.BUDDY);
        List<UUID> own =
                buddies.ofAccount(me.accountId()).stream().map(BuddyView::id).toList();
        return pairs.shownToBuddies(own).stream()
                .filter(p -> p.id().equals(pairId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Pair"));
    }

    /** Checks what an applicant gives; answers the address in its stored form. */
    static String checkedApplicant(int maxCapacity, String name, String email, int capacity) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new Refusal("name", "matching.buddy.name.required");
        }
        String address =
                EmailAddress.normalised(email).orElseThrow(() -> new Refusal("email", "matching.buddy.email.invalid"));
        if (capacity < 1 || capacity > maxCapacity) {
            throw new Refusal("capacity", "matching.buddy.capacity.range", maxCapacity);
        }
        return address;
    }
}
