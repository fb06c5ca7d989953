package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GeoJsonUnitTests {

    static ActorView actor(ActorSource source, Double latitude, Double longitude) {
        return new ActorView(
                UUID.randomUUID(),
                1,
                source,
                source == ActorSource.MANUAL ? null : "node/1",
                source == ActorSource.MANUAL ? null : LocalDate.of(2026, 1, 5),
                "Bib",
                ActorKind.LIBRARY,
                "Kerkstraat 1",
                latitude,
                longitude,
                "Boeken",
                "Voorlezers",
                "Onthaal",
                "bib@example.be",
                Map.of(DayOfWeek.SATURDAY, "10:00-12:00"),
                true,
                true,
                null,
                "Nederlands",
                null,
                null,
                null,
                false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesPointsLongitudeFirstAndLeavesTheContactPersonOut() {
        ActorView placed = actor(ActorSource.OPENSTREETMAP, 50.85, 4.35);
        ActorView unplaced = actor(ActorSource.MANUAL, null, null);

        Map<String, Object> collection = GeoJson.featureCollection(List.of(placed, unplaced));

        assertThat(collection.get("type")).isEqualTo("FeatureCollection");
        List<Map<String, Object>> features = (List<Map<String, Object>>) collection.get("features");
        assertThat(features).hasSize(2);
        Map<String, Object> first = features.get(0);
        assertThat(first.get("type")).isEqualTo("Feature");
        assertThat(first.get("id")).isEqualTo(placed.id().toString());
        assertThat(first.get("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(4.35, 50.85)));
        Map<String, Object> properties = (Map<String, Object>) first.get("properties");
        assertThat(properties)
                .containsEntry("name", "Bib")
                .containsEntry("kind", "LIBRARY")
                .containsEntry("needs", "Voorlezers")
                .containsEntry("fetchedOn", "2026-01-05")
                .containsEntry("attribution", GeoJson.OSM_ATTRIBUTION)
                .doesNotContainKeys("contactName", "contactReach");
        assertThat(properties.values()).doesNotContain("Onthaal", "bib@example.be");
        assertThat(features.get(1).get("geometry")).isNull();
        assertThat((Map<String, Object>) features.get(1).get("properties")).doesNotContainKey("attribution");
        assertThat(properties).doesNotContainKeys("phone", "website", "email");
    }

    @Test
    @SuppressWarnings("unchecked")
    void carriesAProvidersOwnPhoneAndWebsiteButNotItsEmailNorTheContactPerson() {
        ActorView provider = withSourceFacts(
                actor(ActorSource.SOCIALE_KAART, 51.05, 3.72),
                "09 123 45 67",
                "onthaal@delinde.example",
                "https://www.delinde.example");
        ActorView onlyAPhone =
                withSourceFacts(actor(ActorSource.SOCIALE_KAART, null, null), "09 111 22 33", null, null);

        List<Map<String, Object>> features = (List<Map<String, Object>>)
                GeoJson.featureCollection(List.of(provider, onlyAPhone)).get("features");

        Map<String, Object> properties = (Map<String, Object>) features.get(0).get("properties");
        assertThat(properties)
                .containsEntry("phone", "09 123 45 67")
                .containsEntry("website", "https://www.delinde.example")
                .containsEntry("source", "SOCIALE_KAART")
                .doesNotContainKeys("email", "contactName", "contactReach", "attribution");
        assertThat(properties.values()).doesNotContain("onthaal@delinde.example", "Onthaal", "bib@example.be");
        assertThat((Map<String, Object>) features.get(1).get("properties"))
                .containsEntry("phone", "09 111 22 33")
                .doesNotContainKeys("website", "email");
    }

    /** The actor with a provider's own phone, e-mail address and website, as De Sociale Kaart's file gives them. */
    private static ActorView withSourceFacts(ActorView a, String phone, String email, String website) {
        return new ActorView(
                a.id(),
                a.version(),
                a.source(),
                a.sourceId(),
                a.fetchedOn(),
                a.name(),
                a.kind(),
                a.address(),
                a.latitude(),
                a.longitude(),
                a.offers(),
                a.needs(),
                a.contactName(),
                a.contactReach(),
                a.openingHours(),
                a.free(),
                a.stepFree(),
                a.accessibleToilet(),
                a.languages(),
                phone,
                email,
                website,
                a.hoursFromSource());
    }
}
