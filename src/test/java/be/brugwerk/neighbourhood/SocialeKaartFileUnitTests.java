package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSourceResolvable;

/** The file of De Sociale Kaart's providers, read all or nothing: what each line becomes, and where a fault is named. */
class SocialeKaartFileUnitTests {

    static final String HEADER =
            "id,name,kind,street,number,postcode,municipality,latitude,longitude,phone,email,website,"
                    + "hours_saturday\r\n";

    private static List<SocialeKaartFile.Provider> read(String csv) {
        return SocialeKaartFile.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSampleTheDocsShip() throws IOException {
        List<SocialeKaartFile.Provider> providers = read(SocialeKaartImportIntegrationTests.sample());

        assertThat(providers)
                .extracting(SocialeKaartFile.Provider::sourceId)
                .containsExactly("SK-100001", "SK-100002", "SK-100003");
        assertThat(providers).extracting(SocialeKaartFile.Provider::line).containsExactly(2, 3, 4);
        Actor.Facts linde = providers.get(0).facts();
        assertThat(linde.kind()).isEqualTo(ActorKind.MEETING_PLACE);
        assertThat(linde.point()).isEqualTo(new GeoPoint(51.0501, 3.7252));
        assertThat(linde.website()).isEqualTo("https://www.delinde.example");
        assertThat(linde.hours().openOn(DayOfWeek.SATURDAY)).isFalse();
        assertThat(linde.hours().text(DayOfWeek.MONDAY)).isEqualTo("09:00-17:00");
        Actor.Facts health = providers.get(2).facts();
        assertThat(health.kind()).isEqualTo(ActorKind.SERVICE);
        assertThat(health.point()).isNull();
        assertThat(health.email()).isNull();
        assertThat(providers.get(2).address()).isEqualTo(new Address("Bevrijdingslaan", "20", "9000", "Gent"));
    }

    @Test
    void takesTheColumnsInAnyOrderAndOnlyTheRequiredOnes() {
        List<SocialeKaartFile.Provider> providers = read("postcode,name,id\r\n1000,Dienst,SK-1\r\n");

        assertThat(providers).hasSize(1);
        assertThat(providers.get(0).facts().address()).isEqualTo("1000");
        assertThat(providers.get(0).facts().hours().days()).isEmpty();
    }

    @Test
    void readsNamesAndAddressesWithoutHiddenMarks() {
        // a right-to-left override turns how a name reads; zero-width spaces make two equal names differ
        List<SocialeKaartFile.Provider> providers = read("id,name,street,number,postcode,municipality,email\r\n"
                + "SK-1\u200B,Dienst \u202Enaa\u202C Huis,Kerk\u200Bstraat,\u20601,9000,\uFEFFGent,"
                + "info@dienst\u200B.example\r\n");

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider.sourceId()).isEqualTo("SK-1");
            assertThat(provider.facts().name()).isEqualTo("Dienst naa Huis");
            assertThat(provider.facts().address()).isEqualTo("Kerkstraat 1, 9000 Gent");
            assertThat(provider.address()).isEqualTo(new Address("Kerkstraat", "1", "9000", "Gent"));
            assertThat(provider.facts().email()).isEqualTo("info@dienst.example");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an empty id| ,Dienst,,,,9000,Gent,,,,,,|2|id|neighbourhood.sk.required",
                "an unknown kind|SK-1,Dienst,HOSPITAL,,,9000,Gent,,,,,,|2|kind|neighbourhood.sk.kindUnknown",
                "a postcode that is not Belgian|SK-1,Dienst,,,,900,Gent,,,,,,|2|postcode|geocoder.postcodeInvalid",
                "half a place|SK-1,Dienst,,,,9000,Gent,51.05,,,,,|2|longitude|neighbourhood.actor.pointHalf",
                "a place in Paris|SK-1,Dienst,,,,9000,Gent,48.85,2.35,,,,|2|latitude|geo.outsideBelgium",
                "a phone that is words|SK-1,Dienst,,,,9000,Gent,,,bel ons,,,|2|phone|neighbourhood.sk.phoneUnreadable",
                "a script as website|SK-1,Dienst,,,,9000,Gent,,,,,javascript:alert(1),|2|website"
                        + "|neighbourhood.sk.websiteUnreadable",
                "hours that end first|SK-1,Dienst,,,,9000,Gent,,,,,,12:00-09:00|2|hours_saturday"
                        + "|neighbourhood.hours.endsBeforeItBegins",
            })
    void refusesTheWholeFileNamingTheLineAndTheColumn(
            String what, String line, int lineNumber, String column, String problem) {
        Refusal refused = refusalOf(HEADER + "SK-0,Goed,,,,9000,Gent,,,,,,\r\n" + line + "\r\n");

        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("neighbourhood.sk.fault");
        assertThat(refused.arguments()[0]).as(what).isEqualTo(lineNumber + 1);
        assertThat(refused.arguments()[1]).isEqualTo(column);
        assertThat(((MessageSourceResolvable) refused.arguments()[2]).getCodes())
                .containsExactly(problem);
    }

    @Test
    void refusesAMalformedFileAnUnknownColumnAndAnIdTwice() {
        assertThat(refusalOf("id,name,postcode\r\n\"SK-1,Dienst,9000\r\n").messageKey())
                .isEqualTo("neighbourhood.sk.malformed");
        Refusal unknown = refusalOf("id,name,postcode,contact_person\r\nSK-1,Dienst,9000,Jan\r\n");
        assertThat(unknown.arguments()[1]).as("no column for a person").isEqualTo("contact_person");
        Refusal twice = refusalOf("id,name,postcode\r\nSK-1,Dienst,9000\r\nSK-1,Andere,9000\r\n");
        assertThat(twice.arguments()[0]).isEqualTo(3);
        assertThat(twice.arguments()[1]).isEqualTo("id");
        assertThat(refusalOf("id,name,postcode\r\n").messageKey()).isEqualTo("neighbourhood.sk.empty");
    }

    @Test
    void refusesAFileThatIsNotUtf8NamingTheLineRatherThanStoringReplacementCharacters() {
        byte[] windows1252 = "id,name,postcode\r\nSK-1,Dienst,9000\r\nSK-2,Caf\u00e9 De Hoek,9000\r\n"
                .getBytes(Charset.forName("windows-1252"));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> SocialeKaartFile.read(windows1252));

        assertThat(thrown).isInstanceOf(Refusal.class);
        Refusal refused = (Refusal) thrown;
        assertThat(refused.messageKey()).isEqualTo("neighbourhood.sk.malformed");
        assertThat(refused.arguments()[0]).isEqualTo(3);
        assertThat(((MessageSourceResolvable) refused.arguments()[1]).getCodes())
                .containsExactly("neighbourhood.sk.csv.NOT_UTF8");
    }

    private static Refusal refusalOf(String csv) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(csv));
        assertThat(thrown).isInstanceOf(Refusal.class);
        return (Refusal) thrown;
    }
}
