package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.Bundles;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.talents.Talent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSourceResolvable;

class NeedsFileUnitTests {

    static final UUID REPAIR_CAFE_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID SCHOOL_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID LIBRARY_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a3");

    static final KnownActor REPAIR_CAFE =
            new KnownActor("Repair Café Rabot", new ActorSite(REPAIR_CAFE_ID, new GeoPoint(51.06, 3.71), true, null));
    static final KnownActor SCHOOL = new KnownActor(
            "Basisschool De Wijze Boom", new ActorSite(SCHOOL_ID, new GeoPoint(51.05, 3.72), null, null));
    /** Not on the map yet. */
    static final KnownActor LIBRARY = new KnownActor("Bibliotheek", new ActorSite(LIBRARY_ID, null, null, null));

    static final List<KnownActor> ACTORS = List.of(REPAIR_CAFE, SCHOOL, LIBRARY);

    static final String HEADER = "actor,title,talents,capacity,gains,collective,learning,languages,days\r\n";

    private static List<ValuedRole> read(String csv) {
        return NeedsFile.read(csv.getBytes(StandardCharsets.UTF_8), ACTORS, UUID::randomUUID);
    }

    private static Refusal refusalOf(String csv) {
        try {
            read(csv);
        } catch (Refusal refused) {
            return refused;
        }
        throw new AssertionError("the file was not refused");
    }

    /** The line, the column and the key of what is wrong, as a refusal of the file states them. */
    private static void assertFault(Refusal refused, int line, String column, String key) {
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("roles.import.fault");
        assertThat(refused.arguments()[0]).isEqualTo(line);
        assertThat(refused.arguments()[1]).isEqualTo(column);
        assertThat(((MessageSourceResolvable) refused.arguments()[2]).getCodes())
                .containsExactly(key);
    }

    @Test
    void makesARoleOfEveryLine() {
        List<ValuedRole> roles = read(HEADER
                + "Repair Café Rabot,Help in the repair café on Saturdays,REPAIRS,2,VALUED_ROLE;LIGHT_TIES,no,,nl,SATURDAY\r\n"
                + "basisschool de wijze boom,A reading buddy,CHILDREN;STORYTELLING,3,VALUED_ROLE,,,nl;fr,\r\n"
                + SCHOOL_ID
                + ",\"A cook for the neighbourhood meal, together\",COOKING,6,LIGHT_TIES;LEARNING,yes,COOKING,,\r\n");

        assertThat(roles).hasSize(3);
        assertThat(roles.get(0).site().actor()).isEqualTo(REPAIR_CAFE_ID);
        assertThat(roles.get(0).details().days()).containsExactly(java.time.DayOfWeek.SATURDAY);
        assertThat(roles.get(1).site().actor()).isEqualTo(SCHOOL_ID);
        assertThat(roles.get(1).details().talents()).containsExactly(Talent.CHILDREN, Talent.STORYTELLING);
        assertThat(roles.get(1).details().languages()).containsExactly("fr", "nl");
        assertThat(roles.get(2).details().title()).isEqualTo("A cook for the neighbourhood meal, together");
        assertThat(roles.get(2).details().collective()).isTrue();
        assertThat(roles.get(2).details().learning()).containsExactly(Talent.COOKING);
        assertThat(roles).allSatisfy(role -> assertThat(role.status()).isEqualTo(RoleStatus.OPEN));
    }

    @Test
    void readsTheColumnsInAnyOrderAndLeavesOutTheOptionalOnes() {
        List<ValuedRole> roles = read("gains,capacity,talents,title,actor\n"
                + "VALUED_ROLE,1,GARDENING,Water the plants,Repair Café Rabot\n");

        assertThat(roles).singleElement().satisfies(role -> {
            assertThat(role.details().talents()).containsExactly(Talent.GARDENING);
            assertThat(role.details().collective()).isFalse();
        });
    }

    @Test
    void readsTitlesTimesAndActorsNamesWithoutHiddenMarksButKeepsTheDescriptionAsWritten() {
        // a right-to-left override turns how the title reads; a zero-width space hides in a copied actor's name
        List<ValuedRole> roles = read("actor,title,times,description,talents,capacity,gains\r\n"
                + "Repair\u200B Café Rabot,Help \u202Eyadrutas\u202C in the café,Saturdays\u2066 10:00\u2069,"
                + "Bring \u2067tools\u2069,REPAIRS,1,VALUED_ROLE\r\n");

        assertThat(roles).singleElement().satisfies(role -> {
            assertThat(role.site().actor()).isEqualTo(REPAIR_CAFE_ID);
            assertThat(role.details().title()).isEqualTo("Help yadrutas in the café");
            assertThat(role.details().times()).isEqualTo("Saturdays 10:00");
            assertThat(role.details().description())
                    .as("a text of several lines is cleaned nowhere, typed or imported")
                    .isEqualTo("Bring \u2067tools\u2069");
        });
    }

    @Test
    void refusesTheWholeFileNamingTheLineAndColumnOfABadCapacity() {
        Refusal refused = refusalOf(HEADER
                + "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE,,,,\r\n"
                + "Repair Café Rabot,Sort the screws,REPAIRS,2,VALUED_ROLE,,,,\r\n"
                + "Repair Café Rabot,Lead the café,ORGANISING,lots,VALUED_ROLE,,,,\r\n");

        assertFault(refused, 4, "capacity", "roles.role.capacityRange");
    }

    @Test
    void refusesANeedOfAnActorWithoutAPlace() {
        Refusal refused = refusalOf(HEADER + "Bibliotheek,Read aloud,STORYTELLING,1,VALUED_ROLE,,,,\r\n");

        assertFault(refused, 2, "actor", "roles.role.actorWithoutPlace");
    }

    @Test
    void refusesAnActorTheOrganisationDoesNotHave() {
        Refusal refused = refusalOf(HEADER + "Sportclub,Coach,SPORT,1,VALUED_ROLE,,,,\r\n");

        assertFault(refused, 2, "actor", "roles.import.actorUnknown");
    }

    @Test
    void refusesANameTwoActorsShare() {
        List<KnownActor> twins = List.of(
                REPAIR_CAFE, new KnownActor("Repair Café Rabot", new ActorSite(UUID.randomUUID(), null, null, null)));

        assertThatThrownBy(() -> NeedsFile.read(
                        (HEADER + "Repair Café Rabot,Help,REPAIRS,1,VALUED_ROLE,,,,\r\n")
                                .getBytes(StandardCharsets.UTF_8),
                        twins,
                        UUID::randomUUID))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertFault(refused, 2, "actor", "roles.import.actorTwice"));
    }

    @Test
    void namesTheColumnOfATalentThatIsNotOnTheList() {
        Refusal refused = refusalOf(HEADER + "Repair Café Rabot,Help,REPAIRS;JUGGLING,1,VALUED_ROLE,,,,\r\n");

        assertFault(refused, 2, "talents", "roles.role.unknownCode");
    }

    @Test
    void refusesACollectiveCellThatIsNeitherYesNorNo() {
        Refusal refused = refusalOf(HEADER + "Repair Café Rabot,Help,REPAIRS,3,VALUED_ROLE,maybe,,,\r\n");

        assertFault(refused, 2, "collective", "roles.import.yesOrNo");
    }

    @Test
    void readsTheMinimumGroupOfACollectiveRoleAndNamesItsColumnWhenOutOfRange() {
        String header = "actor,title,talents,capacity,gains,collective,minimumGroup\r\n";
        List<ValuedRole> read = read(header
                + "Repair Café Rabot,Cook together,COOKING,6,LIGHT_TIES,yes,4\r\n"
                + "Repair Café Rabot,Compost heap,GARDENING,3,LIGHT_TIES,yes,\r\n");
        assertThat(read.get(0).details().minimumGroup()).isEqualTo(4);
        assertThat(read.get(1).details().minimumGroup())
                .as("two when the cell is empty")
                .isEqualTo(2);

        Refusal refused = refusalOf(header + "Repair Café Rabot,Cook together,COOKING,3,LIGHT_TIES,yes,4\r\n");
        assertFault(refused, 2, "minimumGroup", "roles.role.minimumGroupRange");
    }

    @Test
    void refusesAFileWithoutARequiredColumn() {
        Refusal refused = refusalOf("actor,title,talents,gains\r\nRepair Café Rabot,Help,REPAIRS,VALUED_ROLE\r\n");

        assertFault(refused, 1, "capacity", "roles.import.columnMissing");
    }

    @Test
    void refusesAColumnItDoesNotKnow() {
        Refusal refused = refusalOf("actor,title,talents,capacity,gains,phone\r\n");

        assertFault(refused, 1, "phone", "roles.import.columnUnknown");
    }

    @Test
    void refusesAFileWithoutNeeds() {
        assertThat(refusalOf(HEADER).messageKey()).isEqualTo("roles.import.empty");
    }

    @Test
    void refusesALineWithTooFewCellsNamingIt() {
        Refusal refused = refusalOf(HEADER + "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE,,,,\r\n"
                + "Repair Café Rabot,Help\r\n");

        assertThat(refused.messageKey()).isEqualTo("roles.import.malformed");
        assertThat(refused.arguments()[0]).isEqualTo(3);
        assertThat(((MessageSourceResolvable) refused.arguments()[1]).getCodes())
                .containsExactly("roles.csv.CELL_COUNT");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nl|Regel 3: Het bestand is geen UTF-8-tekst: bewaar het als ‘CSV UTF-8’ en kies het opnieuw.",
                "fr|Ligne 3 : Le fichier n’est pas un texte UTF-8 : enregistrez-le au format « CSV UTF-8 » et "
                        + "choisissez-le à nouveau.",
                "en|Line 3: The file is not UTF-8 text: save it as “CSV UTF-8” and choose it again."
            })
    void refusesAFileASpreadsheetSavedInWindows1252NamingTheLineRatherThanStoringReplacementCharacters(
            String language, String expected) {
        String line2 = "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE,,,,\r\n";
        String line3 = "Repair Café Rabot,Sort the screws,REPAIRS,2,VALUED_ROLE,,,,\r\n";
        // line 2 is UTF-8, as if copied in from elsewhere; line 3's "é" is the one byte Windows-1252 writes for it
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes((HEADER + line2).getBytes(StandardCharsets.UTF_8));
        content.writeBytes(line3.getBytes(Charset.forName("windows-1252")));

        Refusal refused = null;
        try {
            NeedsFile.read(content.toByteArray(), ACTORS, UUID::randomUUID);
        } catch (Refusal thrown) {
            refused = thrown;
        }

        assertThat(read(HEADER + line2 + line3))
                .as("the same lines in UTF-8 are read")
                .hasSize(2);
        assertThat(refused).as("the file was refused").isNotNull();
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("roles.import.malformed");
        assertThat(refused.arguments()[0]).isEqualTo(3);
        assertThat(Bundles.of("i18n/roles")
                        .getMessage(refused.messageKey(), refused.arguments(), Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @Test
    void refusesMoreNeedsThanAFileHolds() {
        String line = "Repair Café Rabot,Help,REPAIRS,1,VALUED_ROLE,,,,\r\n";

        assertThat(refusalOf(HEADER + line.repeat(NeedsFile.MAX_NEEDS + 1)).messageKey())
                .isEqualTo("roles.import.tooMany");
        assertThat(read(HEADER + line.repeat(NeedsFile.MAX_NEEDS))).hasSize(NeedsFile.MAX_NEEDS);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nl|Regel 4, kolom capacity: Een rol kan 1 tot 50 mensen opnemen.",
                "fr|Ligne 4, colonne capacity : Un rôle accueille de 1 à 50 personnes.",
                "en|Line 4, column capacity: A role takes 1 to 50 people."
            })
    void saysTheLineColumnAndFaultInTheReadersLanguage(String language, String expected) {
        Refusal refused = refusalOf(HEADER
                + "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE,,,,\r\n"
                + "Repair Café Rabot,Sort the screws,REPAIRS,2,VALUED_ROLE,,,,\r\n"
                + "Repair Café Rabot,Lead the café,ORGANISING,0,VALUED_ROLE,,,,\r\n");

        assertThat(Bundles.of("i18n/roles")
                        .getMessage(refused.messageKey(), refused.arguments(), Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }
}
