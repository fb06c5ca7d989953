package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stylesheets, scripts, the favicon and webjars cost the server no session and no database: a signed-in browser
 * fetching them runs no SQL and gets no cookie. Pages link them by content-hashed URLs, which may be kept for a year;
 * the plain URLs still answer, to be revalidated. Text is compressed when the browser asks.
 */
@FullStackTest
class StaticAssetsIntegrationTests {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars|favicon)[^\"]*)\"");
    private static final String HASH = "-[0-9a-f]{32}\\.";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    WebSession browser;

    @BeforeEach
    void aSignedInCoordinator() {
        Account coordinator = accounts.account(accounts.organisation("Static assets"), Role.COORDINATOR);
        browser = new WebSession(port);
        assertThat(browser.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void linksEveryAssetOfAPageByItsContentHash() {
        List<String> linked = linkedAssets(browser.get("/").body());

        assertThat(linked)
                .as("the layout's stylesheet, htmx, script and favicons")
                .hasSize(5)
                .allSatisfy(url -> assertThat(url).containsPattern(HASH));
        assertThat(linked)
                .anySatisfy(url -> assertThat(url).matches("/css/brugwerk" + HASH + "css"))
                .anySatisfy(url -> assertThat(url).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min" + HASH + "js"))
                .anySatisfy(url -> assertThat(url).matches("/favicon" + HASH + "svg"));
    }

    @Test
    void servesHashedAssetsForAYearWithoutSessionOrDatabase() {
        List<String> linked = linkedAssets(browser.get("/").body());

        try (SqlStatements.Recording recording = statements.record()) {
            for (String url : linked) {
                HttpResponse<String> asset = browser.get(url, "*/*");

                assertThat(asset.statusCode()).as(url).isEqualTo(200);
                assertThat(asset.headers().firstValue("Cache-Control"))
                        .as(url)
                        .hasValue("max-age=31536000, public, immutable");
                assertThat(asset.headers().allValues("Set-Cookie")).as(url).isEmpty();
                assertThat(asset.headers().firstValue("Content-Security-Policy"))
                        .as(url)
                        .isPresent();
                assertThat(asset.headers().firstValue("X-Content-Type-Options"))
                        .as(url)
                        .hasValue("nosniff");
            }
            assertThat(recording.statements())
                    .as("SQL run for static assets:" + recording.describe())
                    .isEmpty();
        }
    }

    @Test
    void stillServesPlainUrlsToBeRevalidatedWithoutSessionOrDatabase() {
        List<String> plain = List.of(
                "/css/brugwerk.css",
                "/js/network-map-drawing.js",
                "/favicon.ico",
                "/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js");

        try (SqlStatements.Recording recording = statements.record()) {
            for (String url : plain) {
                HttpResponse<String> asset = browser.get(url, "*/*");

                assertThat(asset.statusCode()).as(url).isEqualTo(200);
                assertThat(asset.headers().firstValue("Cache-Control")).as(url).hasValue("no-cache, public");
                assertThat(asset.headers().firstValue("Last-Modified")).as(url).isPresent();
                assertThat(asset.headers().allValues("Set-Cookie")).as(url).isEmpty();
            }
            assertThat(recording.statements())
                    .as("SQL run for static assets:" + recording.describe())
                    .isEmpty();
        }
    }

    @Test
    void refusesAHashThatIsNotTheContents() {
        String linked = linkedAssets(browser.get("/").body()).stream()
                .filter(url -> url.startsWith("/css/"))
                .findFirst()
                .orElseThrow();
        String wrong = linked.replaceFirst(HASH, "-0123456789abcdef0123456789abcdef.");

        assertThat(browser.get(wrong, "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void compressesTextWhenTheBrowserAsks() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> compressed = http.send(
                HttpRequest.newBuilder(browser.uri("/webjars/htmx.org/dist/htmx.min.js"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http.send(
                HttpRequest.newBuilder(browser.uri("/webjars/htmx.org/dist/htmx.min.js"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(compressed.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void keepsAStaticRequestWithoutACookieFreeOfSessions() {
        WebSession stranger = new WebSession(port);

        HttpResponse<String> stylesheet = stranger.get("/css/brugwerk.css", "text/css");

        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(stranger.sessionCookie()).isNull();
    }

    @Test
    void neverWritesASessionIntoALink() {
        // the first page a browser without a cookie gets is where a container would rewrite its links with the
        // session's id; sessions travel by cookie only (server.servlet.session.tracking-modes), also through the
        // link encoding (StaticLinkEncoding)
        WebSession stranger = new WebSession(port);

        HttpResponse<String> login = stranger.get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(linkedAssets(login.body())).isNotEmpty().allMatch(url -> url.matches(".*" + HASH + ".*"));
        assertThat(login.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("jsessionid");
    }

    private static List<String> linkedAssets(String page) {
        List<String> urls = new ArrayList<>();
        Matcher link = LINKED.matcher(page);
        while (link.find()) {
            urls.add(link.group(1));
        }
        return urls;
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
