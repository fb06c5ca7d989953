package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant taking a valued role, from the coach's proposal to its end, and the rules of that life: a coach
 * proposes an open role to a participant of their caseload; the coach records the participant's choice on their word,
 * with their yes or no to showing the role on their network map; a coordinator records the actor's agreement (actors
 * have no accounts), which takes a place of the role; the taking starts on a date and is active; it ends on a date with
 * a reason, which frees the place. Before it is active it may be declined at any step, with a reason; a place taken is
 * freed then. Each change is made on the version that was read, or it is a {@link VersionConflict}.
 *
 * <p>The role's place is taken and freed on the {@link ValuedRole} handed in, which the caller stores in the same
 * transaction: its version and the database's check on its capacity decide a race for its last place.
 */
final class RoleTaking {

    static final int MAX_REASON = 500;
    /** Days between check-ins unless the coach says otherwise at the start: a buddy programme's default. */
    static final int DEFAULT_CHECK_IN_INTERVAL = 14;
    /** The most days between check-ins: a year. */
    static final int MAX_CHECK_IN_INTERVAL = 365;
    /** A taking holds, a success on the trajectory, once a check-in finds it going this long after its start. */
    static final int HOLDS_AFTER_DAYS = 56;

    /** A taking as stored; only the repository rebuilds one. */
    record Stored(
            UUID id,
            UUID roleId,
            ParticipantId participant,
            int version,
            TakingStatus status,
            UUID proposedBy,
            Instant proposedAt,
            Boolean onMap,
            Instant chosenAt,
            UUID chosenRecordedBy,
            Instant agreedAt,
            UUID agreedRecordedBy,
            LocalDate startedOn,
            LocalDate endedOn,
            String reason,
            Instant decidedAt,
            int checkInIntervalDays,
            LocalDate heldOn) {}

    private final UUID id;
    private final UUID roleId;
    private final ParticipantId participant;
    private final int storedVersion;
    private final UUID proposedBy;
    private final Instant proposedAt;

    private TakingStatus status;
    private Boolean onMap;
    private Instant chosenAt;
    private UUID chosenRecordedBy;
    private Instant agreedAt;
    private UUID agreedRecordedBy;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String reason;
    private Instant decidedAt;
    private int checkInIntervalDays;
    private final LocalDate heldOn;
    private boolean changed;

    private RoleTaking(Stored s) {
        this.id = Objects.requireNonNull(s.id());
        this.roleId = Objects.requireNonNull(s.roleId());
        this.participant = Objects.requireNonNull(s.participant());
        this.storedVersion = s.version();
        this.proposedBy = s.proposedBy();
        this.proposedAt = s.proposedAt();
        this.status = s.status();
        this.onMap = s.onMap();
        this.chosenAt = s.chosenAt();
        this.chosenRecordedBy = s.chosenRecordedBy();
        this.agreedAt = s.agreedAt();
        this.agreedRecordedBy = s.agreedRecordedBy();
        this.startedOn = s.startedOn();
        this.endedOn = s.endedOn();
        this.reason = s.reason();
        this.decidedAt = s.decidedAt();
        this.checkInIntervalDays = s.checkInIntervalDays();
        this.heldOn = s.heldOn();
    }

    static RoleTaking restore(Stored stored) {
        return new RoleTaking(stored);
    }

    /**
     * A coach proposes the role to a participant. Refused on {@code role} when the role takes nobody now (closed or
     * filled), and when the participant already has a current taking of it.
     *
     * @param alreadyTaking the participant has a taking of this role that is not ended or declined
     */
    static RoleTaking propose(
            UUID id, ValuedRole role, ParticipantId participant, boolean alreadyTaking, UUID coach, Instant now) {
        if (role.status() == RoleStatus.CLOSED) {
            throw new Refusal("role", "roles.role.closed");
        }
        if (role.status() == RoleStatus.FILLED) {
            throw new Refusal("role", "roles.role.filled", role.details().capacity());
        }
        if (alreadyTaking) {
            throw new Refusal("role", "roles.taking.alreadyTaking");
        }
        return new RoleTaking(new Stored(
                id,
                role.id(),
                participant,
                1,
                TakingStatus.PROPOSED,
                coach,
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                DEFAULT_CHECK_IN_INTERVAL,
                null));
    }

    /**
     * The participant chooses the role, as the coach records on their word, saying whether the role may appear on
     * their network map.
     *
     * @throws Refusal on {@code onMap} when that yes or no is missing, on {@code taking} when not proposed
     */
    void choose(int readVersion, Boolean showOnMap, UUID coach, Instant now) {
        checkVersion(readVersion);
        requireStatus(TakingStatus.PROPOSED);
        if (showOnMap == null) {
            throw new Refusal("onMap", "roles.taking.onMapRequired");
        }
        status = TakingStatus.CHOSEN;
        onMap = showOnMap;
        chosenAt = now;
        chosenRecordedBy = coach;
        changed = true;
    }

    /**
     * The actor agrees, as a coordinator records: the taking holds a place of the role from now on.
     *
     * @throws Refusal on {@code taking} when not chosen, on {@code role} when the role is closed or filled
     * @throws VersionConflict when the role changed since it was read (another agreement took its place meanwhile)
     */
    void agree(int readVersion, ValuedRole role, UUID coordinator, Instant now) {
        checkVersion(readVersion);
        requireStatus(TakingStatus.CHOSEN);
        requireRole(role);
        role.take(role.storedVersion());
        status = TakingStatus.AGREED;
        agreedAt = now;
        agreedRecordedBy = coordinator;
        changed = true;
    }

    /** The participant starts in the role on a date, with a check-in due every 14 days. */
    void start(int readVersion, ValuedRole role, LocalDate on) {
        start(readVersion, role, on, null);
    }

    /**
     * The participant starts in the role on a date: the taking is active, with a check-in due every
     * {@code intervalDays} (1 to 365; 14 when null). A taking of a collective role starts once its group is formed: as
     * many hold a place of the role as its minimum group.
     *
     * @throws Refusal on {@code taking} when not agreed, or when the role's group is smaller than its minimum; on
     *     {@code checkInIntervalDays} outside 1 to 365
     */
    void start(int readVersion, ValuedRole role, LocalDate on, Integer intervalDays) {
        checkVersion(readVersion);
        requireStatus(TakingStatus.AGREED);
        requireRole(role);
        role.requireGroupFormed();
        if (on == null) {
            throw new Refusal("date", "date.required");
        }
        if (intervalDays != null && (intervalDays < 1 || intervalDays > MAX_CHECK_IN_INTERVAL)) {
            throw new Refusal("checkInIntervalDays", "roles.taking.checkInInterval", MAX_CHECK_IN_INTERVAL);
        }
        status = TakingStatus.ACTIVE;
        startedOn = on;
        checkInIntervalDays = intervalDays == null ? DEFAULT_CHECK_IN_INTERVAL : intervalDays;
        changed = true;
    }

    /**
     * The active taking ends on a date, for a reason; its place of the role is free again.
     *
     * @throws Refusal on {@code endedOn} before the start or missing, on {@code reason} when missing or too long
     */
    void end(int readVersion, ValuedRole role, LocalDate on, String why, Instant now) {
        checkVersion(readVersion);
        requireStatus(TakingStatus.ACTIVE);
        requireRole(role);
        if (on == null) {
            throw new Refusal("date", "date.required");
        }
        if (on.isBefore(startedOn)) {
            throw new Refusal("date", "roles.taking.endBeforeStart");
        }
        String stated = reason(why);
        role.release(role.storedVersion());
        status = TakingStatus.ENDED;
        endedOn = on;
        reason = stated;
        decidedAt = now;
        changed = true;
    }

    /**
     * The participant or the actor says no before the taking is active, for a reason; a place already taken is
     * freed. The role is only read when a place was taken (it may be null before the agreement).
     */
    void decline(int readVersion, ValuedRole role, String why, Instant now) {
        checkVersion(readVersion);
        if (!status.current() || status == TakingStatus.ACTIVE) {
            throw new Refusal("taking", "roles.taking.notBeforeActive");
        }
        String stated = reason(why);
        if (status == TakingStatus.AGREED) {
            requireRole(role);
            role.release(role.storedVersion());
        }
        status = TakingStatus.DECLINED;
        reason = stated;
        decidedAt = now;
        changed = true;
    }

    /** A check-in: how the taking goes, on a date. */
    record CheckIn(UUID id, LocalDate on, String note) {}

    /**
     * A check-in on the active taking: a date from its start until {@code today}, and a short note of how it goes.
     *
     * @throws Refusal on {@code taking} when not active, on {@code date} outside that span, on {@code note}
     */
    CheckIn checkIn(LocalDate on, String note, LocalDate today) {
        requireStatus(TakingStatus.ACTIVE);
        if (on == null) {
            throw new Refusal("date", "date.required");
        }
        if (on.isBefore(startedOn) || on.isAfter(today)) {
            throw new Refusal("date", "roles.taking.checkInDate");
        }
        if (note == null || note.isBlank()) {
            throw new Refusal("note", "roles.taking.noteRequired");
        }
        if (note.strip().length() > MAX_REASON) {
            throw new Refusal("note", "roles.role.tooLong", MAX_REASON);
        }
        return new CheckIn(UUID.randomUUID(), on, note.strip());
    }

    /**
     * Whether this check-in shows for the first time that the taking holds: the taking is not yet known to, and the
     * check-in is at least eight weeks after the start. We chose a check-in rather than the calendar alone: someone
     * looked and found it still going, and a taking that ended is not called a success after the fact.
     */
    boolean holdsFirstWith(CheckIn checkIn) {
        return heldOn == null && !checkIn.on().isBefore(startedOn.plusDays(HOLDS_AFTER_DAYS));
    }

    /** Whether it now holds a place of its role: agreed or active. */
    boolean holdsPlace() {
        return status == TakingStatus.AGREED || status == TakingStatus.ACTIVE;
    }

    private static String reason(String why) {
        if (why == null || why.isBlank()) {
            throw new Refusal("reason", "roles.taking.reasonRequired");
        }
        if (why.strip().length() > MAX_REASON) {
            throw new Refusal("reason", "roles.role.tooLong", MAX_REASON);
        }
        return why.strip();
    }

    private void requireRole(ValuedRole role) {
        if (role == null || !role.id().equals(roleId)) {
            throw new IllegalArgumentException("not the taking's role");
        }
    }

    private void requireStatus(TakingStatus expected) {
        if (status != expected) {
            throw new Refusal(
                    "taking",
                    switch (expected) {
                        case PROPOSED -> "roles.taking.notProposed";
                        case CHOSEN -> "roles.taking.notChosen";
                        case AGREED -> "roles.taking.notAgreed";
                        default -> "roles.taking.notActive";
                    });
        }
    }

    private void checkVersion(int readVersion) {
        if (readVersion != storedVersion) {
            throw new VersionConflict("roles.conflict.taking");
        }
    }

    UUID id() {
        return id;
    }

    UUID roleId() {
        return roleId;
    }

    ParticipantId participant() {
        return participant;
    }

    TakingStatus status() {
        return status;
    }

    UUID proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Boolean onMap() {
        return onMap;
    }

    Instant chosenAt() {
        return chosenAt;
    }

    UUID chosenRecordedBy() {
        return chosenRecordedBy;
    }

    Instant agreedAt() {
        return agreedAt;
    }

    UUID agreedRecordedBy() {
        return agreedRecordedBy;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    String reason() {
        return reason;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    int checkInIntervalDays() {
        return checkInIntervalDays;
    }

    /** The day a check-in first found it holding (a success on the trajectory), or null. */
    LocalDate heldOn() {
        return heldOn;
    }

    boolean changed() {
        return changed;
    }

    /** The version it has: the stored one, or the next once changed. */
    int version() {
        return changed ? storedVersion + 1 : storedVersion;
    }

    int storedVersion() {
        return storedVersion;
    }
}
