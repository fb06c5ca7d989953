package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overpass JSON read into actors' facts: the tags mapped, unnamed elements left out, bad elements named. */
class OverpassAnswerUnitTests {

    static String answer() throws IOException {
        try (InputStream in =
                OverpassAnswerUnitTests.class.getResourceAsStream("/neighbourhood/overpass-answer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsNamedPointsOfInterestWithTheirKindAddressPlaceAndStepFreeAccess() throws IOException {
        List<OverpassAnswer.Poi> pois = OverpassAnswer.read(answer());

        assertThat(pois)
                .extracting(OverpassAnswer.Poi::sourceId)
                .containsExactly("node/1001", "way/2002", "node/1003", "relation/3005");
        assertThat(pois.get(0).facts())
                .isEqualTo(new Actor.Facts(
                        "Bibliotheek Centrum",
                        ActorKind.LIBRARY,
                        "Kerkstraat 3, 1000 Brussel",
                        new GeoPoint(50.8471, 4.3521),
                        true));
        assertThat(pois.get(1).facts().kind()).isEqualTo(ActorKind.PARK);
        assertThat(pois.get(1).facts().point()).isEqualTo(new GeoPoint(50.8490, 4.3560));
        assertThat(pois.get(1).facts().stepFree()).as("limited is unknown").isNull();
        assertThat(pois.get(2).facts().kind()).isEqualTo(ActorKind.RELIGIOUS_COMMUNITY);
        assertThat(pois.get(2).facts().stepFree()).isFalse();
        assertThat(pois.get(3).facts().kind()).isEqualTo(ActorKind.SPORTS_GROUND);
    }

    @Test
    void readsNamesAndAddressesWithoutHiddenMarksAndLeavesOutANameOfNothingElse() {
        // anyone edits OpenStreetMap: a right-to-left override turns how a name reads, a zero-width space is no name
        String answer = "{\"elements\":["
                + "{\"type\":\"node\",\"id\":1,\"lat\":50.85,\"lon\":4.35,\"tags\":{\"amenity\":\"cafe\","
                + "\"name\":\"Caf\u00e9 \u202Eeoh\u202C\",\"addr:street\":\"Kerk\u200Bstraat\",\"addr:housenumber\":\"3\"}},"
                + "{\"type\":\"node\",\"id\":2,\"lat\":50.85,\"lon\":4.35,"
                + "\"tags\":{\"amenity\":\"cafe\",\"name\":\"\u200B\uFEFF\"}}]}";

        List<OverpassAnswer.Poi> pois = OverpassAnswer.read(answer);

        assertThat(pois).singleElement().satisfies(poi -> {
            assertThat(poi.facts().name()).isEqualTo("Caf\u00e9 eoh");
            assertThat(poi.facts().address()).isEqualTo("Kerkstraat 3");
        });
    }

    @Test
    void refusesAnAnswerThatIsNotOverpassJson() {
        assertThatThrownBy(() -> OverpassAnswer.read("<html>busy</html>"))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("answer"));
        assertThatThrownBy(() -> OverpassAnswer.read("{\"remark\":\"runtime error\"}"))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("answer"));
    }

    @Test
    void refusesTheWholeAnswerNamingAnElementOutsideBelgium() {
        String paris = "{\"elements\":[{\"type\":\"node\",\"id\":9,\"lat\":48.85,\"lon\":2.35,"
                + "\"tags\":{\"amenity\":\"library\",\"name\":\"BnF\"}}]}";

        assertThatThrownBy(() -> OverpassAnswer.read(paris)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.field()).isEqualTo("node/9");
            assertThat(r.messageKey()).isEqualTo("neighbourhood.osm.elementOutsideBelgium");
        });
    }

    @Test
    void asksForEveryMappedTagAroundTheCentre() {
        String query = OverpassAnswer.query(new GeoPoint(50.8467, 4.3525), 800);

        assertThat(query).startsWith("[out:json]").endsWith("out center tags;");
        assertThat(query).contains("nwr[\"amenity\"=\"library\"](around:800,50.846700,4.352500);");
        assertThat(query).contains("nwr[\"leisure\"=\"pitch\"]");
    }
}
