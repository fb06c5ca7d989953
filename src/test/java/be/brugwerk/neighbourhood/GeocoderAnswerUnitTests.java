package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The question to a Nominatim-compatible geocoder and the reading of its jsonv2 answer. The answer file
 * ({@code places/nominatim-answer.json}) was written by hand in Nominatim's jsonv2 shape, not recorded from a live
 * server (this machine has no internet).
 */
public class GeocoderAnswerUnitTests {

    public static String answer() {
        try (InputStream in = GeocoderAnswerUnitTests.class.getResourceAsStream("/places/nominatim-answer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void asksForTheStructuredAddressInBelgiumInJsonv2() {
        URI query = GeocoderAnswer.query(
                "https://geo.example.org/search?format=json&key=abc",
                Address.of("Miriam Makebaplein", "1", "9000", "Gent"));

        String decoded = URLDecoder.decode(query.getRawQuery(), StandardCharsets.UTF_8);
        assertThat(query.getHost()).isEqualTo("geo.example.org");
        assertThat(query.getPath()).isEqualTo("/search");
        assertThat(decoded)
                .contains("key=abc")
                .contains("street=1 Miriam Makebaplein")
                .contains("postalcode=9000")
                .contains("city=Gent")
                .contains("countrycodes=be")
                .contains("format=jsonv2")
                .doesNotContain("format=json&");
    }

    @Test
    void leavesOutWhatIsNotGiven() {
        URI query = GeocoderAnswer.query("https://geo.example.org/search", Address.of(null, null, "9000", null));

        assertThat(query.getRawQuery())
                .startsWith("postalcode=9000&")
                .doesNotContain("street=")
                .doesNotContain("city=");
    }

    @Test
    void readsTheCandidatesInBelgiumInTheGeocodersOrder() {
        List<Geocoder.Candidate> candidates = GeocoderAnswer.read(answer());

        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).label()).startsWith("1, Miriam Makebaplein, Gent");
        assertThat(candidates.get(0).point().latitude()).isEqualTo(51.0480);
        assertThat(candidates.get(0).point().longitude()).isEqualTo(3.7276);
        assertThat(candidates).noneMatch(c -> c.label().contains("Paris"));
    }

    @Test
    void findsNothingInAnEmptyAnswer() {
        assertThat(GeocoderAnswer.read("[]")).isEmpty();
    }

    @Test
    void refusesAnAnswerThatIsNotASearchAnswer() {
        assertThatThrownBy(() -> GeocoderAnswer.read("<html>Bad gateway</html>"))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> GeocoderAnswer.read("{\"error\":\"x\"}")).isInstanceOf(Refusal.class);
    }

    @Test
    void refusesAPostcodeThatIsNotBelgian() {
        for (String postcode : List.of("0999", "900", "90000", "B-9000", "abcd")) {
            assertThatThrownBy(() -> Address.of("Kerkstraat", "1", postcode, "Gent"))
                    .as(postcode)
                    .isInstanceOfSatisfying(
                            Refusal.class, r -> assertThat(r.field()).isEqualTo("postcode"));
        }
        assertThat(Address.of("Kerkstraat", "1", " 9000 ", "Gent").oneLine()).isEqualTo("Kerkstraat 1, 9000 Gent");
    }

    @Test
    void refusesAnAddressWithoutStreetPostcodeOrMunicipality() {
        assertThatThrownBy(() -> Address.of("", "12", "", " "))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("street"));
    }
}
