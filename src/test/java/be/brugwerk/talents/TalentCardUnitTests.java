package be.brugwerk.talents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.coaching.scoring.QualityOfLifeDomain;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A talent card's rules, without Spring or a database. */
class TalentCardUnitTests {

    static final ParticipantId AMINA = new ParticipantId(UUID.randomUUID());

    static TalentEntry.Input cooking() {
        return new TalentEntry.Input(
                "SKILL", "HANDS", "SOCIAL_INCLUSION", "COOKING", "Syrian dishes for twenty", true, false);
    }

    static TalentEntry.Input patience() {
        return new TalentEntry.Input("STRENGTH", "HEART", "", "", "Patient with children", false, false);
    }

    static TalentEntry.Input dutch() {
        return new TalentEntry.Input("DREAM", "HEAD", "PERSONAL_DEVELOPMENT", "LANGUAGES", "", false, true);
    }

    static TalentEntry.Input blank() {
        return new TalentEntry.Input("", "", "", "", "  ", false, false);
    }

    @Test
    void makesTheFirstVersionOfAnEmptyCard() {
        TalentCard card = TalentCard.empty(AMINA);

        card.revise(0, List.of(cooking(), patience()));

        assertThat(card.revised()).isTrue();
        assertThat(card.version()).isEqualTo(1);
        assertThat(card.entries())
                .containsExactly(
                        new TalentEntry(
                                TalentKind.SKILL,
                                Frame.HANDS,
                                QualityOfLifeDomain.SOCIAL_INCLUSION,
                                Talent.COOKING,
                                "Syrian dishes for twenty",
                                true,
                                false),
                        new TalentEntry(
                                TalentKind.STRENGTH, Frame.HEART, null, null, "Patient with children", false, false));
    }

    @Test
    void refusesAChangeMadeOnAnEarlierVersion() {
        TalentCard card = TalentCard.restore(AMINA, 3, List.of(), TakingPart.UNKNOWN);

        assertThatThrownBy(() -> card.revise(2, List.of(cooking()))).isInstanceOf(VersionConflict.class);
        assertThat(card.revised()).isFalse();
        assertThat(card.version()).isEqualTo(3);
    }

    @Test
    void leavesBlankLinesOutAndCountsRefusalsByTheLineSent() {
        TalentCard card = TalentCard.empty(AMINA);

        card.revise(0, List.of(blank(), cooking(), blank()));

        assertThat(card.entries()).hasSize(1);
        TalentCard other = TalentCard.empty(AMINA);
        TalentEntry.Input nothingPicked = new TalentEntry.Input("SKILL", "HANDS", "", "", "", true, false);
        assertThatThrownBy(() -> other.revise(0, List.of(blank(), cooking(), nothingPicked)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("entries[2].text");
                    assertThat(refused.messageKey()).isEqualTo("talents.entry.empty");
                });
        assertThat(other.entries()).isEmpty();
    }

    @Test
    void refusesAnEntryWithoutKindOrFrameNamingThePart() {
        TalentEntry.Input noKind = new TalentEntry.Input("", "HANDS", "", "GARDENING", "", false, false);
        TalentEntry.Input noFrame = new TalentEntry.Input("SKILL", " ", "", "GARDENING", "", false, false);

        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(noKind)))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("entries[0].kind"));
        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(cooking(), noFrame)))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("entries[1].frame"));
    }

    @Test
    void refusesACodeThatIsNotOnTheListAsTampered() {
        TalentEntry.Input juggling = new TalentEntry.Input("SKILL", "HANDS", "", "JUGGLING", "", false, false);

        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(juggling)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("entries[0].talent");
                    assertThat(refused.tampered()).isTrue();
                });
    }

    @Test
    void takesTextUpToThreeHundredCharactersOnOneLine() {
        String longest = "é".repeat(TalentEntry.MAX_TEXT);
        TalentCard card = TalentCard.empty(AMINA);

        card.revise(0, List.of(new TalentEntry.Input("INTEREST", "HEAD", "", "", longest, false, false)));
        assertThat(card.entries().get(0).text()).isEqualTo(longest);

        TalentEntry.Input tooLong = new TalentEntry.Input("INTEREST", "HEAD", "", "", longest + "x", false, false);
        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(tooLong)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("entries[0].text");
                    assertThat(refused.messageKey()).isEqualTo("talents.entry.textTooLong");
                });
        TalentEntry.Input twoLines = new TalentEntry.Input("INTEREST", "HEAD", "", "", "one\ntwo", false, false);
        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(twoLines)))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("entries[0].text"));
    }

    @Test
    void refusesMoreLinesThanACardHolds() {
        List<TalentEntry.Input> many = new ArrayList<>();
        for (int i = 0; i < TalentCard.MAX_ENTRIES; i++) {
            many.add(new TalentEntry.Input("SKILL", "HANDS", "", "COOKING", "Dish " + i, false, false));
        }
        TalentCard full = TalentCard.empty(AMINA);
        full.revise(0, many);
        assertThat(full.entries()).hasSize(TalentCard.MAX_ENTRIES);

        many.add(patience());
        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, many))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("entries"));
    }

    @Test
    void refusesTheSecondOfTwoLinesThatSayTheSameNamingItAndTheFirst() {
        TalentEntry.Input again =
                new TalentEntry.Input("SKILL", "HEAD", "", "COOKING", "  syrian DISHES   for twenty ", false, true);

        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(cooking(), blank(), patience(), again)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("entries[3].text");
                    assertThat(refused.messageKey()).isEqualTo("talents.entry.twice");
                    assertThat(refused.arguments()).containsExactly(1);
                });
        TalentEntry.Input listedTalent = new TalentEntry.Input("DREAM", "HEAD", "", "LANGUAGES", "", false, false);
        assertThatThrownBy(() -> TalentCard.empty(AMINA).revise(0, List.of(dutch(), listedTalent)))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("entries[1].talent"));
    }

    @Test
    void takesTheSameTalentAsAnotherKindOrInOtherWords() {
        TalentCard card = TalentCard.empty(AMINA);
        card.revise(
                0,
                List.of(
                        cooking(),
                        new TalentEntry.Input("DREAM", "HANDS", "", "COOKING", "Syrian dishes for twenty", false, true),
                        new TalentEntry.Input("SKILL", "HANDS", "", "COOKING", "Cakes", false, false)));

        assertThat(card.entries()).hasSize(3);
    }

    @Test
    void makesNoNewVersionWhenNothingChanged() {
        TalentCard first = TalentCard.empty(AMINA);
        first.revise(0, List.of(cooking(), patience()));
        TalentCard stored = TalentCard.restore(AMINA, 1, first.entries(), first.takingPart());

        stored.revise(1, List.of(cooking(), blank(), patience()));

        assertThat(stored.revised()).isFalse();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void putsStrengthsFirstThenSharedBeforeOthersKeepingTheOrderOtherwise() {
        TalentEntry.Input gardening = new TalentEntry.Input("SKILL", "HANDS", "", "GARDENING", "", false, false);
        TalentEntry.Input humour =
                new TalentEntry.Input("STRENGTH", "HEART", "", "", "Makes people laugh", true, false);
        TalentCard card = TalentCard.empty(AMINA);
        card.revise(0, List.of(dutch(), gardening, cooking(), patience(), humour));

        assertThat(card.strengthsFirst())
                .extracting(e -> e.talent() != null ? e.talent().name() : e.text())
                .containsExactly("Makes people laugh", "Patient with children", "COOKING", "GARDENING", "LANGUAGES");
    }

    @Test
    void givesBackWhatWasSavedAsInputForTheForm() {
        TalentCard card = TalentCard.empty(AMINA);
        card.revise(0, List.of(cooking(), patience()));

        TalentCard again = TalentCard.restore(AMINA, 1, card.entries(), card.takingPart());
        again.revise(1, card.entries().stream().map(TalentEntry::toInput).toList());

        assertThat(again.revised()).isFalse();
    }

    @Test
    void makesANewVersionWhenOnlyWhenOrHowTheyTakePartChanged() {
        TalentCard first = TalentCard.empty(AMINA);
        first.revise(0, List.of(cooking()));
        TalentCard stored = TalentCard.restore(AMINA, 1, first.entries(), first.takingPart());

        stored.revise(
                1,
                List.of(cooking()),
                TakingPart.read(List.of("saturday:morning", "MONDAY:EVENING"), List.of("STEP_FREE")));

        assertThat(stored.revised()).isTrue();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.takingPart().availabilityCodes()).containsExactly("MONDAY:EVENING", "SATURDAY:MORNING");
        assertThat(stored.takingPart().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(stored.takingPart().accessNeeds()).containsExactly(AccessNeed.STEP_FREE);

        TalentCard again = TalentCard.restore(AMINA, 2, stored.entries(), stored.takingPart());
        again.revise(
                2,
                List.of(cooking()),
                TakingPart.read(
                        List.of("SATURDAY:MORNING", "", "MONDAY:EVENING", "SATURDAY:MORNING"), List.of("STEP_FREE")));
        assertThat(again.revised())
                .as("the same moments in another order, a blank and a repeat")
                .isFalse();
    }

    @Test
    void refusesAMomentOrANeedThatIsNotOnTheListNamingIt() {
        for (String moment :
                List.of("SATURDAY", "SATURDAY:NOON", "SOMEDAY:MORNING", ":MORNING", "SATURDAY:MORNING:X")) {
            assertThatThrownBy(() -> TakingPart.read(List.of("MONDAY:MORNING", moment), List.of()))
                    .as(moment)
                    .isInstanceOfSatisfying(Refusal.class, refused -> {
                        assertThat(refused.field()).isEqualTo("availability[1]");
                        assertThat(refused.messageKey()).isEqualTo("talents.entry.unknownCode");
                    });
        }
        assertThatThrownBy(() -> TakingPart.read(List.of(), List.of("STEP_FREE", "LIFT")))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("accessNeeds[1]"));
    }

    @Test
    void statesNothingWhenNothingWasSent() {
        assertThat(TakingPart.read(null, null)).isEqualTo(TakingPart.UNKNOWN);
        assertThat(TakingPart.UNKNOWN.days()).isEmpty();
    }
}
