package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules against server-side request forgery for the servers organisations set. Only address literals and
 * {@code localhost} are used: the checks resolve them without any lookup on the network, and nothing is connected to.
 */
class OutsideServicesUnitTests {

    private final OutsideServices production = new OutsideServices(false);
    private final OutsideServices tests = new OutsideServices(true);

    @Test
    void acceptsAnHttpsAddressOfAHostAndNothingForBlank() {
        assertThat(production.checkUrl("geocoderUrl", " https://nominatim.example.org/search?format=jsonv2 "))
                .isEqualTo("https://nominatim.example.org/search?format=jsonv2");
        assertThat(production.checkUrl("geocoderUrl", "  ")).isNull();
    }

    @Test
    void refusesAnythingButHttpsNamingTheField() {
        for (String url : List.of(
                "http://overpass.example.org/api/interpreter",
                "ftp://example.org/",
                "file:///etc/passwd",
                "gopher://example.org/",
                "http://127.0.0.1:8080/")) {
            assertRefusedWhenSaved("overpassUrl", url, "outside.httpsOnly");
        }
    }

    @Test
    void refusesUserInfoAndWhatIsNoAddress() {
        for (String url : List.of("https://user:secret@example.org/", "https:///nohost", "not a url", "https://x/#f")) {
            assertThatThrownBy(() -> production.checkUrl("geocoderUrl", url))
                    .as(url)
                    .isInstanceOfSatisfying(
                            Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("outside.urlInvalid"));
        }
    }

    @Test
    void acceptsPlainHttpOnlyForALocalTestServerWhenAllowed() {
        assertThat(tests.checkUrl("overpassUrl", "http://127.0.0.1:8080/api")).isEqualTo("http://127.0.0.1:8080/api");
        assertThatThrownBy(() -> tests.checkUrl("overpassUrl", "http://overpass.example.org/api"))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void refusesWhenSavedAnAddressWrittenAsOneInsideTheNetworkNamingTheField() {
        for (String url : List.of(
                "https://127.0.0.1/",
                "https://localhost/api",
                "https://LOCALHOST./api",
                "https://overpass.localhost/",
                "https://[::1]/",
                "https://0.0.0.0/",
                "https://10.1.2.3/api/interpreter",
                "https://172.16.0.1/",
                "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/",
                "https://[fd00::1]/",
                "https://[fe80::1]/",
                "https://[::ffff:10.0.0.1]/",
                "https://nominatim.local/search",
                "https://geo.corp.internal/",
                "https://router.lan/",
                "https://nas.home.arpa/")) {
            assertRefusedWhenSaved("geocoderUrl", url, "outside.notPublic");
        }
    }

    @Test
    void acceptsWhenSavedPublicLiteralsAndNamesThatMerelyLookPrivate() {
        for (String url : List.of(
                "https://193.190.0.1/api",
                "https://[2001:db8::1]/",
                "https://local.example.org/",
                "https://internal-geocoder.example.org/",
                "https://10.example.org/")) {
            assertThat(production.checkUrl("overpassUrl", url)).as(url).isEqualTo(url);
        }
    }

    @Test
    void acceptsWhenSavedOnlyLoopbackWhenLocalTestServersAreAllowed() {
        assertThat(tests.checkUrl("overpassUrl", "https://localhost:8443/")).isEqualTo("https://localhost:8443/");
        assertThat(tests.checkUrl("overpassUrl", "https://127.0.0.1/")).isEqualTo("https://127.0.0.1/");
        assertThatThrownBy(() -> tests.checkUrl("overpassUrl", "https://10.0.0.1/"))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("outside.notPublic"));
        assertThatThrownBy(() -> tests.checkUrl("overpassUrl", "https://geocoder.internal/"))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void refusesHostsInsideTheNetworkAtCallTime() {
        for (String url : List.of(
                "https://127.0.0.1/",
                "https://localhost/",
                "https://[::1]/",
                "https://0.0.0.0/",
                "https://10.1.2.3/",
                "https://172.16.0.1/",
                "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/",
                "https://[fd00::1]/",
                "https://[fe80::1]/",
                "https://[::ffff:10.0.0.1]/",
                "https://224.0.0.1/")) {
            assertThatThrownBy(() -> production.checkPublic("geocoderUrl", URI.create(url)))
                    .as(url)
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.field()).isEqualTo("geocoderUrl");
                        assertThat(r.messageKey()).isEqualTo("outside.notPublic");
                    });
        }
    }

    @Test
    void letsPublicAddressesThrough() {
        production.checkPublic("geocoderUrl", URI.create("https://193.190.0.1/"));
        production.checkPublic("geocoderUrl", URI.create("https://[2001:db8::1]/"));
    }

    @Test
    void letsOnlyLoopbackThroughWhenLocalTestServersAreAllowed() {
        tests.checkPublic("overpassUrl", URI.create("http://127.0.0.1:8080/"));
        assertThatThrownBy(() -> tests.checkPublic("overpassUrl", URI.create("https://10.0.0.1/")))
                .isInstanceOf(Refusal.class);
    }

    /** A production check refuses {@code url} as the value of {@code field}, naming that field, for {@code reason}. */
    private void assertRefusedWhenSaved(String field, String url, String reason) {
        assertThatThrownBy(() -> production.checkUrl(field, url)).as(url).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.messageKey()).isEqualTo(reason);
        });
    }
}
