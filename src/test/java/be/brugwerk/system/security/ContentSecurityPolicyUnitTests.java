package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.MapTiles;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyUnitTests {

    @Test
    void allowsImagesFromBrugwerkAloneWithoutTiles() {
        String policy =
                ContentSecurityPolicy.allowingTilesOf(new MapTiles("", "")).value();

        assertThat(policy).contains("img-src 'self' data:;").doesNotContain("http");
        assertThat(policy)
                .contains("script-src 'self';")
                .contains("style-src 'self';")
                .doesNotContain("unsafe");
    }

    @Test
    void addsTheTileServersOriginToImagesOnly() {
        String policy = ContentSecurityPolicy.allowingTilesOf(
                        new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors"))
                .value();

        assertThat(policy).contains("img-src 'self' data: https://tile.openstreetmap.org;");
        assertThat(policy.replace("img-src 'self' data: https://tile.openstreetmap.org;", ""))
                .as("no other directive names the tile server")
                .doesNotContain("openstreetmap");
    }

    @Test
    void keepsAPortAndDropsThePath() {
        assertThat(new MapTiles("http://tiles.example.org:8081/osm/{z}/{x}/{y}.png?key=1", "").origin())
                .isEqualTo("http://tiles.example.org:8081");
    }

    @Test
    void turnsASubdomainPlaceholderIntoAWildcard() {
        assertThat(new MapTiles("https://{s}.tile.example.org/{z}/{x}/{y}.png", "").origin())
                .isEqualTo("https://*.tile.example.org");
    }

    @Test
    void refusesATileUrlThatIsNoHttpAddress() {
        assertThatThrownBy(() -> new MapTiles("javascript:alert(1)", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brugwerk.map-tiles.url");
        assertThatThrownBy(() -> new MapTiles("/tiles/{z}/{x}/{y}.png", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
