package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.talents.Talent;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuedRoleUnitTests {

    static final UUID REPAIR_CAFE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final ActorSite AT_THE_REPAIR_CAFE = new ActorSite(REPAIR_CAFE, new GeoPoint(51.0543, 3.7174), true, null);

    /** "Someone to help in the repair café on Saturdays": two people, each on their own. */
    static RoleInput repairCafeHelper() {
        return new RoleInput(
                "Help in the repair café on Saturdays",
                "Fixing lamps and bikes with the regulars.",
                List.of("REPAIRS"),
                "Saturdays 10:00-13:00",
                List.of("SATURDAY"),
                List.of("nl"),
                "2",
                false,
                List.of("VALUED_ROLE", "LIGHT_TIES"),
                List.of(),
                null);
    }

    /** {@code base} with one part, named as its record component, replaced by {@code value}. */
    static RoleInput with(RoleInput base, String part, Object value) {
        RecordComponent[] components = RoleInput.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(part)
                        ? value
                        : components[i].getAccessor().invoke(base);
            }
            return RoleInput.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(part, e);
        }
    }

    private static ValuedRole open(RoleInput input) {
        return ValuedRole.fromNeed(UUID.randomUUID(), AT_THE_REPAIR_CAFE, input);
    }

    /** A role as stored at version 1, so that its changes start from a stored version. */
    private static ValuedRole stored(RoleInput input) {
        ValuedRole fresh = open(input);
        return ValuedRole.restore(fresh.id(), 1, fresh.site(), fresh.details(), 0, false);
    }

    private static void assertRefused(RoleInput input, String field, String key) {
        assertThatThrownBy(() -> open(input)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void makesAnOpenRoleOfAnActorsNeedAtTheActorsPlace() {
        ValuedRole role = open(repairCafeHelper());

        assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
        assertThat(role.openPlaces()).isEqualTo(2);
        assertThat(role.site().point()).isEqualTo(new GeoPoint(51.0543, 3.7174));
        assertThat(role.details().talents()).containsExactly(Talent.REPAIRS);
        assertThat(role.details().days()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(role.details().languages()).containsExactly("nl");
        assertThat(role.details().gains()).containsExactly(Gain.VALUED_ROLE, Gain.LIGHT_TIES);
        assertThat(role.changed()).isTrue();
    }

    @Test
    void refusesANeedOfAnActorWithoutAPlace() {
        ActorSite nowhere = new ActorSite(REPAIR_CAFE, null, null, null);

        assertThatThrownBy(() -> ValuedRole.fromNeed(UUID.randomUUID(), nowhere, repairCafeHelper()))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("actor");
                    assertThat(refusal.messageKey()).isEqualTo("roles.role.actorWithoutPlace");
                });
    }

    @Test
    void refusesARoleWithoutTitle() {
        assertRefused(with(repairCafeHelper(), "title", "  "), "title", "roles.role.titleRequired");
    }

    @Test
    void refusesARoleThatAsksNoTalent() {
        assertRefused(
                with(repairCafeHelper(), "talents", Arrays.asList("", null)), "talents", "roles.role.talentsRequired");
    }

    @Test
    void namesTheTalentThatIsNotOnTheList() {
        assertRefused(
                with(repairCafeHelper(), "talents", List.of("COOKING", "JUGGLING")),
                "talents[1]",
                "roles.role.unknownCode");
    }

    @Test
    void namesTheWeekdayThatIsNone() {
        assertRefused(with(repairCafeHelper(), "days", List.of("SATERDAY")), "days[0]", "roles.role.unknownCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-1", "two", "2.5"})
    void refusesACapacityOutsideOneToFifty(String capacity) {
        assertRefused(with(repairCafeHelper(), "capacity", capacity), "capacity", "roles.role.capacityRange");
    }

    @Test
    void refusesARoleWithoutCapacity() {
        assertRefused(with(repairCafeHelper(), "capacity", ""), "capacity", "roles.role.capacityRequired");
    }

    @Test
    void refusesACollectiveRoleForOnePerson() {
        RoleInput compostForOne = with(with(repairCafeHelper(), "collective", true), "capacity", "1");

        assertRefused(compostForOne, "capacity", "roles.role.collectiveNeedsGroup");
    }

    @Test
    void letsAGroupTakeACollectiveRole() {
        ValuedRole meal = open(with(with(repairCafeHelper(), "collective", true), "capacity", "6"));

        assertThat(meal.details().collective()).isTrue();
        assertThat(meal.openPlaces()).isEqualTo(6);
    }

    /** A meal cooked together: six places, a collective role, starting with at least {@code minimum} people. */
    static RoleInput mealTogether(String minimum) {
        return with(with(with(repairCafeHelper(), "collective", true), "capacity", "6"), "minimumGroup", minimum);
    }

    @Test
    void aCollectiveRoleStartsWithAGroupOfTwoUnlessItSaysMore() {
        assertThat(open(mealTogether(null)).details().minimumGroup()).isEqualTo(2);
        assertThat(open(mealTogether(" ")).details().minimumGroup()).isEqualTo(2);
        assertThat(open(mealTogether(" 4 ")).details().minimumGroup()).isEqualTo(4);
        assertThat(open(mealTogether("6")).details().minimumGroup())
                .as("the whole capacity")
                .isEqualTo(6);
        assertThat(open(repairCafeHelper()).details().minimumGroup())
                .as("a role taken alone has no group")
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "-2", "7", "three", "2.5", "9999999999"})
    void refusesAMinimumGroupBelowTwoOrAboveTheCapacity(String minimum) {
        assertThatThrownBy(() -> open(mealTogether(minimum))).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("minimumGroup");
            assertThat(refusal.messageKey()).isEqualTo("roles.role.minimumGroupRange");
            assertThat(refusal.arguments()).containsExactly(2, 6);
        });
    }

    @Test
    void refusesAMinimumGroupForARoleTakenAlone() {
        assertRefused(
                with(repairCafeHelper(), "minimumGroup", "2"), "minimumGroup", "roles.role.minimumGroupNotCollective");
    }

    @Test
    void refusesAMinimumGroupAboveACapacityLoweredInTheSameChange() {
        ValuedRole meal = stored(mealTogether("4"));
        RoleInput smaller = with(mealTogether("4"), "capacity", "3");
        assertThatThrownBy(() -> meal.revise(1, meal.site(), smaller))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("minimumGroup"));
        assertThat(meal.details().minimumGroup()).as("nothing changed").isEqualTo(4);
        meal.revise(1, meal.site(), with(smaller, "minimumGroup", "3"));
        assertThat(meal.details().minimumGroup()).isEqualTo(3);
    }

    @Test
    void itsGroupIsFormedOnceAsManyTookItAsItsMinimumAndNoLongerWhenOneLetsGo() {
        ValuedRole meal = stored(mealTogether("3"));
        assertThat(meal.groupFormed()).isFalse();
        meal.take(1);
        ValuedRole one = ValuedRole.restore(meal.id(), 2, meal.site(), meal.details(), 1, false);
        one.take(2);
        assertThat(one.groupFormed()).as("two of three").isFalse();
        assertThatThrownBy(one::requireGroupFormed).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("taking");
            assertThat(refusal.messageKey()).isEqualTo("roles.taking.groupNotFormed");
            assertThat(refusal.arguments()).containsExactly(2, 3);
        });
        ValuedRole two = ValuedRole.restore(meal.id(), 3, meal.site(), meal.details(), 2, false);
        two.take(3);
        assertThat(two.groupFormed()).isTrue();
        ValuedRole three = ValuedRole.restore(meal.id(), 4, meal.site(), meal.details(), 3, false);
        three.release(4);
        assertThat(three.groupFormed())
                .as("one let go: the group is short again")
                .isFalse();
        assertThat(open(repairCafeHelper()).groupFormed())
                .as("a role taken alone never waits for a group")
                .isTrue();
    }

    @Test
    void refusesARoleThatGivesNothing() {
        assertRefused(with(repairCafeHelper(), "gains", List.of()), "gains", "roles.role.gainsRequired");
    }

    @Test
    void refusesLearningWithoutSayingWhatIsLearned() {
        RoleInput learning = with(repairCafeHelper(), "gains", List.of("LEARNING"));

        assertRefused(learning, "learning", "roles.role.learningTalents");
    }

    @Test
    void refusesTalentsToLearnInARoleThatGivesNoLearning() {
        assertRefused(
                with(repairCafeHelper(), "learning", List.of("COMPUTERS")), "learning", "roles.role.learningTalents");
    }

    @Test
    void keepsWhatOneLearnsInARoleThatGivesLearning() {
        RoleInput learning =
                with(with(repairCafeHelper(), "gains", List.of("LEARNING")), "learning", List.of("REPAIRS"));

        assertThat(open(learning).details().learning()).containsExactly(Talent.REPAIRS);
    }

    @Test
    void namesTheLanguageThatIsNoCode() {
        assertRefused(
                with(repairCafeHelper(), "languages", List.of("nl", "Nederlands")),
                "languages[1]",
                "roles.role.languageCode");
    }

    @Test
    void readsLanguageCodesInAnyCase() {
        assertThat(open(with(repairCafeHelper(), "languages", List.of(" NL ", "fr")))
                        .details()
                        .languages())
                .containsExactly("fr", "nl");
    }

    @Test
    void refusesATitleOnTwoLines() {
        assertRefused(with(repairCafeHelper(), "title", "Repair\ncafé"), "title", "input.text.lineBreak");
    }

    @Test
    void refusesATitleTooLong() {
        assertRefused(
                with(repairCafeHelper(), "title", "x".repeat(ValuedRole.TITLE_MAX + 1)), "title", "roles.role.tooLong");
    }

    @Test
    void isFilledWhenAsManyTookItAsItCanTake() {
        ValuedRole role = stored(repairCafeHelper());

        role.take(1);
        assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
        assertThat(role.openPlaces()).isEqualTo(1);
        role.take(1);

        assertThat(role.status()).isEqualTo(RoleStatus.FILLED);
        assertThat(role.openPlaces()).isZero();
        assertThat(role.version()).isEqualTo(2);
    }

    @Test
    void refusesOneMoreThanItsCapacity() {
        ValuedRole role = stored(repairCafeHelper());
        role.take(1);
        role.take(1);

        assertThatThrownBy(() -> role.take(1))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("roles.role.filled"));
        assertThat(role.taken()).isEqualTo(2);
    }

    @Test
    void opensAgainWhenSomeoneLetsAFilledRoleGo() {
        ValuedRole role = stored(with(repairCafeHelper(), "capacity", "1"));
        role.take(1);

        role.release(1);

        assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
        assertThat(role.openPlaces()).isEqualTo(1);
    }

    @Test
    void refusesToLetGoOfARoleNobodyTook() {
        ValuedRole role = stored(repairCafeHelper());

        assertThatThrownBy(() -> role.release(1))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("roles.role.nobodyTookIt"));
    }

    @Test
    void takesNobodyOnceClosedAndOffersNoPlaces() {
        ValuedRole role = stored(repairCafeHelper());

        role.close(1);

        assertThat(role.status()).isEqualTo(RoleStatus.CLOSED);
        assertThat(role.openPlaces()).isZero();
        assertThatThrownBy(() -> role.take(1))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("roles.role.closed"));
    }

    @Test
    void reopensAsFilledWhenItWasFullBeforeClosing() {
        ValuedRole role = ValuedRole.restore(
                UUID.randomUUID(),
                3,
                AT_THE_REPAIR_CAFE,
                ValuedRole.read(with(repairCafeHelper(), "capacity", "1")),
                1,
                true);

        role.reopen(3);

        assertThat(role.status()).isEqualTo(RoleStatus.FILLED);
    }

    @Test
    void refusesAChangeMadeOnAnOlderVersion() {
        ValuedRole role = stored(repairCafeHelper());

        assertThatThrownBy(() -> role.take(0)).isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> role.revise(0, AT_THE_REPAIR_CAFE, repairCafeHelper()))
                .isInstanceOf(VersionConflict.class);
        assertThat(role.taken()).isZero();
    }

    @Test
    void neverShrinksBelowThePeopleWhoTookIt() {
        ValuedRole role = stored(repairCafeHelper());
        role.take(1);
        ValuedRole twoTook = ValuedRole.restore(role.id(), 2, role.site(), role.details(), 2, false);

        assertThatThrownBy(() -> twoTook.revise(2, AT_THE_REPAIR_CAFE, with(repairCafeHelper(), "capacity", "1")))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("capacity");
                    assertThat(r.messageKey()).isEqualTo("roles.role.capacityBelowTaken");
                });
        assertThat(twoTook.details().capacity()).isEqualTo(2);
        assertThat(twoTook.changed()).isFalse();
    }

    @Test
    void keepsItsVersionWhenAChangeChangesNothing() {
        ValuedRole role = stored(repairCafeHelper());

        role.revise(1, AT_THE_REPAIR_CAFE, repairCafeHelper());

        assertThat(role.changed()).isFalse();
        assertThat(role.version()).isEqualTo(1);
    }

    @Test
    void refusesAChangeOnceTheActorLostItsPlace() {
        ValuedRole role = stored(repairCafeHelper());

        assertThatThrownBy(() -> role.revise(1, new ActorSite(REPAIR_CAFE, null, true, null), repairCafeHelper()))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("actor"));
        assertThat(role.site()).isEqualTo(AT_THE_REPAIR_CAFE);
    }
}
