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
    }
}
