package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a participant id typed or pasted in a form is read: the one rule of every form that takes one. */
class ParticipantIdUnitTests {

    static final String ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    void readsNothingFromNothing() {
        assertThat(ParticipantId.typed(null)).isEmpty();
        assertThat(ParticipantId.typed("")).isEmpty();
        assertThat(ParticipantId.typed(" \t\u00A0\u200B")).isEmpty();
    }

    @Test
    void callsBlankWhatHoldsOnlyWhatIsDroppedAroundAnId() {
        for (String blank : new String[] {null, "", " ", "\u00A0", "\u200B", " \t\u00A0\u200B\uFEFF"}) {
            assertThat(ParticipantId.blank(blank)).as("%s", blank).isTrue();
        }
        assertThat(ParticipantId.blank("1-2-3-4-5")).isFalse();
        assertThat(ParticipantId.blank("\u00A0" + ID)).isFalse();
    }

    @Test
    void readsAnIdAsBrugwerkWritesIt() {
        assertThat(ParticipantId.typed(ID)).contains(new ParticipantId(UUID.fromString(ID)));
    }

    @Test
    void readsAnIdInUpperCaseAsTheSameId() {
        assertThat(ParticipantId.typed(ID.toUpperCase(java.util.Locale.ROOT)))
                .contains(new ParticipantId(UUID.fromString(ID)));
    }

    @Test
    void dropsTheSpacesAndInvisibleMarksAPasteBringsAlong() {
        for (String around : new String[] {" ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "\u2007", "\u200B", "\uFEFF"}) {
            assertThat(ParticipantId.typed(around + ID + around))
                    .as("around: U+%04X", (int) around.charAt(0))
                    .contains(new ParticipantId(UUID.fromString(ID)));
        }
    }

    @Test
    void refusesWhatIsNoIdAsBrugwerkWritesIt() {
        for (String typed : new String[] {
            "Amina",
            "1-2-3-4-5",
            ID.substring(1),
            ID + "0",
            "{" + ID + "}",
            "urn:uuid:" + ID,
            ID.replace("-", ""),
            ID.replace("-", " "),
            ID.substring(0, 18) + " " + ID.substring(18),
            ID.replace('a', 'g')
        }) {
            assertThat(ParticipantId.typed(typed)).as(typed).isEmpty();
        }
    }
}
