package be.brugwerk.roles;

import be.brugwerk.system.Codes;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.talents.Talent;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A socially valued role (sociaal gewaardeerde rol) made of a neighbourhood actor's need, and its rules. It asks
 * talents of the curated list, takes place at the actor's place (an actor without a place cannot have a role: the
 * matching measures from there), says when, in which languages and how accessible it is, how many people it can take
 * and whether a group can take it together (a collective role), and what it gives. Its status follows from what it
 * holds: open while it has places left, filled when it has none, closed when the coordinator closed it. A change is
 * made on the version that was read, or it is a {@link VersionConflict}; bad input is refused whole, naming the field.
 */
public final class ValuedRole {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int TIMES_MAX = 200;
    public static final int MAX_CAPACITY = 50;
    public static final int MAX_LANGUAGES = 10;
    /** The smallest group a collective role can start with, and its minimum when none is given. */
    public static final int SMALLEST_GROUP = 2;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String UNKNOWN_CODE = "roles.role.unknownCode";

    /** What a role asks and gives, checked. */
    public record Details(
            String title,
            String description,
            Set<Talent> talents,
            String times,
            Set<DayOfWeek> days,
            Set<String> languages,
            int capacity,
            boolean collective,
            Set<Gain> gains,
            Set<Talent> learning,
            Integer minimumGroup) {

        public Details {
            talents = Collections.unmodifiableSet(EnumSet.copyOf(talents));
            days = days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
            languages = Collections.unmodifiableSet(new TreeSet<>(languages));
            gains = Collections.unmodifiableSet(EnumSet.copyOf(gains));
            learning = learning.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(learning));
        }
    }

    private final UUID id;
    private final int storedVersion;
    private ActorSite site;
    private Details details;
    private int taken;
    private boolean closed;
    private boolean changed;

    private ValuedRole(UUID id, int version, ActorSite site, Details details, int taken, boolean closed) {
        this.id = Objects.requireNonNull(id);
        this.storedVersion = version;
        this.site = Objects.requireNonNull(site);
        this.details = Objects.requireNonNull(details);
        this.taken = taken;
        this.closed = closed;
    }

    /**
     * The role an actor's need becomes, open, with nobody yet.
     *
     * @throws Refusal naming the field at fault: {@code actor} when the actor has no place on the map
     */
    public static ValuedRole fromNeed(UUID id, ActorSite site, RoleInput input) {
        placeOf(site);
        ValuedRole role = new ValuedRole(id, 0, site, read(input), 0, false);
        role.changed = true;
        return role;
    }

    /** A role as stored; only the repository rebuilds one. */
    static ValuedRole restore(UUID id, int version, ActorSite site, Details details, int taken, boolean closed) {
        return new ValuedRole(id, version, site, details, taken, closed);
    }

    /**
     * Changes what the role asks and gives, as edited on version {@code readVersion}, at the actor's place as it is
     * now. Its capacity never drops below the people who took it.
     *
     * @throws VersionConflict when the role was changed since {@code readVersion}
     * @throws Refusal naming the field at fault; nothing is changed then
     */
    public void revise(int readVersion, ActorSite currentSite, RoleInput input) {
        checkVersion(readVersion);
        if (!currentSite.actor().equals(site.actor())) {
            throw new IllegalArgumentException("a role stays with the actor whose need it is");
        }
        placeOf(currentSite);
        Details revised = read(input);
        if (revised.capacity() < taken) {
            throw new Refusal("capacity", "roles.role.capacityBelowTaken", taken);
        }
        if (!revised.equals(details) || !currentSite.equals(site)) {
            details = revised;
            site = currentSite;
            changed = true;
        }
    }

    /**
     * One more person takes the role (for a collective role, one more of the group).
     *
     * @throws Refusal on {@code role} when it is filled or closed
     */
    public void take(int readVersion) {
        checkVersion(readVersion);
        if (closed) {
            throw new Refusal("role", "roles.role.closed");
        }
        if (taken >= details.capacity()) {
            throw new Refusal("role", "roles.role.filled", details.capacity());
        }
        taken++;
        changed = true;
    }

    /**
     * Whether the group that took the role may start: a role that is not collective always; a collective role once as
     * many hold a place of it (agreed or under way) as its minimum group.
     */
    public boolean groupFormed() {
        return !details.collective() || taken >= details.minimumGroup();
    }

    /**
     * Refuses to start a taking of a collective role whose group is smaller than its minimum: the group starts
     * together.
     *
     * @throws Refusal on {@code taking}, naming how many hold a place and the minimum
     */
    void requireGroupFormed() {
        if (!groupFormed()) {
            throw new Refusal("taking", "roles.taking.groupNotFormed", taken, details.minimumGroup());
        }
    }

    /** Someone who took the role lets it go; a filled role opens again. */
    public void release(int readVersion) {
        checkVersion(readVersion);
        if (taken == 0) {
            throw new Refusal("role", "roles.role.nobodyTookIt");
        }
        taken--;
        changed = true;
    }

    /** The actor no longer needs the role: it takes nobody more, whatever places it has left. */
    public void close(int readVersion) {
        checkVersion(readVersion);
        if (!closed) {
            closed = true;
            changed = true;
        }
    }

    /** The actor needs the role again. */
    public void reopen(int readVersion) {
        checkVersion(readVersion);
        if (closed) {
            closed = false;
            changed = true;
        }
    }

    public RoleStatus status() {
        if (closed) {
            return RoleStatus.CLOSED;
        }
        return taken >= details.capacity() ? RoleStatus.FILLED : RoleStatus.OPEN;
    }

    /** How many more people the role can take now: none unless it is open. */
    public int openPlaces() {
        return status() == RoleStatus.OPEN ? details.capacity() - taken : 0;
    }

    public int taken() {
        return taken;
    }

    /** Whether the coordinator closed it, whatever places it has left. */
    boolean closed() {
        return closed;
    }

    public UUID id() {
        return id;
    }

    public ActorSite site() {
        return site;
    }

    public Details details() {
        return details;
    }

    public boolean changed() {
        return changed;
    }

    /** The version it has: the stored one, or the next once changed. */
    public int version() {
        return changed ? storedVersion + 1 : storedVersion;
    }

    /** The version it was read at: the one a save must still find stored. */
    public int storedVersion() {
        return storedVersion;
    }

    private void checkVersion(int readVersion) {
        if (readVersion != storedVersion) {
            throw new VersionConflict("roles.conflict.role");
        }
    }

    private static GeoPoint placeOf(ActorSite site) {
        if (site.point() == null) {
            throw new Refusal("actor", "roles.role.actorWithoutPlace");
        }
        return site.point();
    }

    /** The details the input describes, or a {@link Refusal} naming the first field at fault. */
    static Details read(RoleInput input) {
        String title = text("title", input.title(), TITLE_MAX, false);
        if (title == null) {
            throw new Refusal("title", "roles.role.titleRequired");
        }
        String description = text("description", input.description(), DESCRIPTION_MAX, true);
        Set<Talent> talents = codes(Talent.class, "talents", input.talents());
        if (talents.isEmpty()) {
            throw new Refusal("talents", "roles.role.talentsRequired");
        }
        String times = text("times", input.times(), TIMES_MAX, false);
        Set<DayOfWeek> days = codes(DayOfWeek.class, "days", input.days());
        Set<String> languages = languages(input.languages());
        int capacity = capacity(input.capacity());
        boolean collective = Boolean.TRUE.equals(input.collective());
        if (collective && capacity < 2) {
            throw new Refusal("capacity", "roles.role.collectiveNeedsGroup");
        }
        Integer minimumGroup = minimumGroup(input.minimumGroup(), collective, capacity);
        Set<Gain> gains = codes(Gain.class, "gains", input.gains());
        if (gains.isEmpty()) {
            throw new Refusal("gains", "roles.role.gainsRequired");
        }
        Set<Talent> learning = codes(Talent.class, "learning", input.learning());
        if (gains.contains(Gain.LEARNING) == learning.isEmpty()) {
            throw new Refusal("learning", "roles.role.learningTalents");
        }
        return new Details(
                title,
                description,
                talents,
                times,
                days,
                languages,
                capacity,
                collective,
                gains,
                learning,
                minimumGroup);
    }

    /**
     * The smallest group that starts a collective role: from {@value #SMALLEST_GROUP} to its capacity, and
     * {@value #SMALLEST_GROUP} when none is given; none for a role that is not collective.
     */
    private static Integer minimumGroup(String value, boolean collective, int capacity) {
        boolean given = value != null && !value.isBlank();
        if (!collective) {
            if (given) {
                throw new Refusal("minimumGroup", "roles.role.minimumGroupNotCollective");
            }
            return null;
        }
        if (!given) {
            return SMALLEST_GROUP;
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1,9}")) {
            throw new Refusal("minimumGroup", "roles.role.minimumGroupRange", SMALLEST_GROUP, capacity);
        }
        int minimum = Integer.parseInt(digits);
        if (minimum < SMALLEST_GROUP || minimum > capacity) {
            throw new Refusal("minimumGroup", "roles.role.minimumGroupRange", SMALLEST_GROUP, capacity);
        }
        return minimum;
    }

    private static int capacity(String value) {
        if (value == null || value.isBlank()) {
            throw new Refusal("capacity", "roles.role.capacityRequired");
        }
        int capacity;
        try {
            capacity = Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new Refusal("capacity", "roles.role.capacityRange", 1, MAX_CAPACITY);
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new Refusal("capacity", "roles.role.capacityRange", 1, MAX_CAPACITY);
        }
        return capacity;
    }

    private static Set<String> languages(List<String> values) {
        Set<String> languages = new TreeSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            String code = value.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                throw new Refusal("languages[" + i + "]", "roles.role.languageCode");
            }
            languages.add(code);
        }
        if (languages.size() > MAX_LANGUAGES) {
            throw new Refusal("languages", "roles.role.tooManyLanguages", MAX_LANGUAGES);
        }
        return languages;
    }

    /** The codes of a fixed list, each named by its place in the list when it is not on it; blanks are left out. */
    private static <E extends Enum<E>> Set<E> codes(Class<E> type, String field, List<String> values) {
        Set<E> codes = EnumSet.noneOf(type);
        for (int i = 0; i < values.size(); i++) {
            E code = Codes.optional(type, values.get(i), field + "[" + i + "]", UNKNOWN_CODE);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The text stripped, null when blank; refused when too long or holding what no text field takes. */
    private static String text(String field, String value, int max, boolean multiLine) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TextInput.check(field, value, multiLine);
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new Refusal(field, "roles.role.tooLong", max);
        }
        return stripped;
    }
}
