package be.brugwerk.talents;

import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.WeeklySlot;
import be.brugwerk.system.Codes;
import be.brugwerk.system.Refusal;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a participant can take part and what they need of a place, filled in with them on their talent card: the
 * participant's side of what a valued role asks (its times and its place's accessibility). The weekly moments are the
 * buddy intake's ({@link WeeklySlot}: a day of the week and a part of the day), written as {@code MONDAY:MORNING}. None
 * stated means unknown, never "never".
 *
 * @param availability the weekly moments they can take part, in week order
 * @param accessNeeds what they need of a place
 */
public record TakingPart(Set<WeeklySlot> availability, Set<AccessNeed> accessNeeds) {

    /** Nothing stated. */
    public static final TakingPart UNKNOWN = new TakingPart(Set.of(), Set.of());

    private static final Comparator<WeeklySlot> WEEK_ORDER =
            Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::part);
    private static final String UNKNOWN_CODE = "talents.entry.unknownCode";

    public TakingPart {
        TreeSet<WeeklySlot> slots = new TreeSet<>(WEEK_ORDER);
        slots.addAll(availability);
        availability = Collections.unmodifiableSet(new LinkedHashSet<>(slots));
        accessNeeds = accessNeeds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(accessNeeds));
    }

    /**
     * What a form or a script sent, as codes: weekly moments as {@code DAY:PART} and access needs as
     * {@link AccessNeed} names; null or blank elements are left out, a repeated one counts once.
     *
     * @throws Refusal naming the element at fault ({@code availability[2]}, {@code accessNeeds[0]}) for a code that is
     *     not on the list: no page of ours sends one
     */
    public static TakingPart read(List<String> availability, List<String> accessNeeds) {
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        List<String> moments = availability == null ? List.of() : availability;
        for (int i = 0; i < moments.size(); i++) {
            String code = moments.get(i);
            if (code != null && !code.isBlank()) {
                slots.add(slot(code, "availability[" + i + "]"));
            }
        }
        Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
        List<String> needed = accessNeeds == null ? List.of() : accessNeeds;
        for (int i = 0; i < needed.size(); i++) {
            AccessNeed need = Codes.optional(AccessNeed.class, needed.get(i), "accessNeeds[" + i + "]", UNKNOWN_CODE);
            if (need != null) {
                needs.add(need);
            }
        }
        return new TakingPart(slots, needs);
    }

    /** The weekly moment a code names ({@code SATURDAY:MORNING}); a {@link Refusal} on {@code field} otherwise. */
    static WeeklySlot slot(String code, String field) {
        String[] parts = code.strip().toUpperCase(Locale.ROOT).split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw Refusal.tampered(field, UNKNOWN_CODE, field);
        }
        return new WeeklySlot(
                Codes.optional(DayOfWeek.class, parts[0], field, UNKNOWN_CODE),
                Codes.optional(DayPart.class, parts[1], field, UNKNOWN_CODE));
    }

    /** A weekly moment's code, as {@link #read} takes it: {@code SATURDAY:MORNING}. */
    public static String code(WeeklySlot slot) {
        return slot.day() + ":" + slot.part();
    }

    /** The days of the week on which they can take part at some part of the day; none when unknown. */
    public Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        availability.forEach(slot -> days.add(slot.day()));
        return Collections.unmodifiableSet(days);
    }

    /** The weekly moments as codes, in week order. */
    public List<String> availabilityCodes() {
        return availability.stream().map(TakingPart::code).toList();
    }
}
