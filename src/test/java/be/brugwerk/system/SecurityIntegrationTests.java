package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@FullStackTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    UUID organisation;

    @BeforeEach
    void setUp() {
        organisation = accounts.organisation("Security test organisation");
    }

    @Test
    void issuesANewSessionIdAtSignIn() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String before = browser.sessionCookie();

        assertThat(browser.signIn(coach.email(), TestAccounts.PASSWORD)).isTrue();

        assertThat(before).isNotNull();
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void answersWrongPasswordUnknownAccountAndDeactivatedAccountAlike() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        Account deactivated = accounts.account(organisation, Role.PROFESSIONAL);
        deactivate(deactivated);

        String wrongPassword = failedSignInPage(coach.email(), "not the password at all");
        String unknown = failedSignInPage("nobody-" + UUID.randomUUID() + "@test.brugwerk", TestAccounts.PASSWORD);
        String inactive = failedSignInPage(deactivated.email(), TestAccounts.PASSWORD);

        assertThat(wrongPassword).contains("Aanmelden lukte niet");
        assertThat(unknown).isEqualTo(wrongPassword);
        assertThat(inactive).isEqualTo(wrongPassword);
    }

    @Test
    void slowsDownAnAccountAfterRepeatedFailures() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new WebSession(port).signIn(coach.email(), "wrong password " + attempt))
                    .isFalse();
        }

        assertThat(new WebSession(port).signIn(coach.email(), TestAccounts.PASSWORD))
                .as("the right password during the wait")
                .isFalse();

        clock.advance(Duration.ofSeconds(31));
        assertThat(new WebSession(port).signIn(coach.email(), TestAccounts.PASSWORD))
                .as("the right password after the wait")
                .isTrue();
    }

    @Test
    void countsAParallelBurstOfGuessesLikeGuessesOneAfterAnother() throws Exception {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int guess = 0; guess < 10; guess++) {
            String password = "parallel guess " + guess;
            guesses.add(() -> new WebSession(port).signIn(coach.email(), password));
        }
        ExecutorService burst = Executors.newFixedThreadPool(10);
        try {
            for (Future<Boolean> result : burst.invokeAll(guesses)) {
                assertThat(result.get()).isFalse();
            }
        } finally {
            burst.shutdown();
        }

        // checked one at a time: at most the limit was counted; the others found the account busy or waiting
        // and got no password check (without the lock, all ten would have been checked and counted)
        assertThat(owner().sql("select failures from login_failure where key in (?, ?)")
                        .params(throttleKey(coach.email(), "127.0.0.1"), throttleKey(coach.email(), "0:0:0:0:0:0:0:1"))
                        .query(Integer.class)
                        .single())
                .isBetween(1, 5);
    }

    /** The slow-down key of an account at an address: HMAC-SHA256 with the stored secret (docs/security.md). */
    private String throttleKey(String email, String address) throws Exception {
        String secret = owner().sql("select value from server_secret where name = 'login-throttle'")
                .query(String.class)
                .single();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of()
                .formatHex(
                        mac.doFinal(("account-at-address\u0000" + email.toLowerCase(Locale.ROOT) + "\u0000" + address)
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void endsASessionThatSatIdleTooLong() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);
        clock.advance(Duration.ofMinutes(29));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(31));

        HttpResponse<String> afterIdle = browser.get("/");
        assertThat(afterIdle.statusCode()).isEqualTo(302);
        assertThat(afterIdle.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void endsABusySessionAfterTheAbsoluteLimit() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);
        for (int step = 0; step < 30; step++) { // every 20 minutes for 10 hours: never idle
            clock.advance(Duration.ofMinutes(20));
            assertThat(browser.get("/").statusCode())
                    .as("after %d minutes", 20 * (step + 1))
                    .isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void endsTheSessionOfADeactivatedAccountOnTheNextRequest() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(coach.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        deactivate(coach);

        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void answersAnApiCallWithoutCredentialsWithAProblemNotARedirect() {
        HttpResponse<String> response = new WebSession(port).getJson("/api/v1/participants");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void saysWhyAnApiCallIsRefusedInTheLanguageAskedFor() {
        HttpResponse<String> unknown = apiCall("Accept-Language", "fr");
        HttpResponse<String> refused = accounts.signedIn(organisation, Role.VOLUNTEER_COACH)
                .sendJson("POST", "/api/v1/participants", "{\"name\":\"Ali\"}", Map.of("Accept-Language", "nl"));
        HttpResponse<String> unnamed = accounts.signedIn(organisation, Role.VOLUNTEER_COACH)
                .sendJson("POST", "/api/v1/participants", "{\"name\":\"Ali\"}");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"detail\":\"Connectez-vous ou envoyez une clé d’API valable.\"");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"detail\":\"Dit mag je niet doen.\"");
        assertThat(unnamed.body())
                .as("a script that names no language is answered in English, as before")
                .contains("\"detail\":\"You may not do this.\"");
    }

    @Test
    void saysThatATokenIsUnknownInTheLanguageAskedFor() {
        Map<String, String> expected = Map.of(
                "nl", "De API-sleutel is onbekend, verlopen of ingetrokken.",
                "fr", "La clé d’API est inconnue, expirée ou révoquée.");

        expected.forEach((language, detail) -> {
            HttpResponse<String> refused =
                    apiCall("Accept-Language", language, "Authorization", "Bearer no-such-token");

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("\"detail\":\"" + detail + "\"");
        });
    }

    @Test
    void takesALanguageHeaderOrCookieItCannotReadForNoneNotForAnError() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> badHeader = apiCall("Accept-Language", "en;q=2");
        HttpResponse<String> badCookie = apiCall("Cookie", "brugwerk-lang=nl/Nowhere");
        HttpResponse<String> pageWithBadHeader = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/login"))
                .header("Accept-Language", "en;q=2")
                .GET());
        HttpResponse<String> pageWithBadCookie = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/login"))
                .header("Cookie", "brugwerk-lang=nl/Nowhere")
                .GET());
        HttpResponse<String> homeWithBadCookie = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/"))
                .header("Cookie", "brugwerk-lang=nl/Nowhere")
                .GET());

        assertThat(badHeader.statusCode()).isEqualTo(401);
        assertThat(badHeader.body())
                .as("as if no language was named: English for a script")
                .contains("\"detail\":\"Sign in or send a valid API token.\"");
        assertThat(badCookie.statusCode()).isEqualTo(401);
        assertThat(pageWithBadHeader.statusCode()).isEqualTo(200);
        assertThat(pageWithBadHeader.body()).as("Dutch first").contains("lang=\"nl\"");
        assertThat(pageWithBadCookie.statusCode()).isEqualTo(200);
        assertThat(homeWithBadCookie.statusCode()).isEqualTo(302);
    }

    @Test
    void reportsHealthAnonymouslyWithTheStatusOnly() {
        HttpResponse<String> response = new WebSession(port).getJson("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("db")
                .doesNotContain("components");
    }

    @Test
    void showsMetricsToAdminsOnly() {
        assertThat(new WebSession(port).get("/actuator/prometheus").statusCode())
                .isEqualTo(302);
        assertThat(accounts.signedIn(organisation, Role.COORDINATOR)
                        .get("/actuator/prometheus")
                        .statusCode())
                .isEqualTo(403);
        assertThat(accounts.signedIn(organisation, Role.ORGANISATION_ADMIN)
                        .get("/actuator/prometheus")
                        .statusCode())
                .as("platform-wide figures are not one organisation's")
                .isEqualTo(403);

        WebSession platform = new WebSession(port);
        assertThat(platform.signIn(accounts.account(null, Role.PLATFORM_ADMIN).email(), TestAccounts.PASSWORD))
                .isTrue();
        HttpResponse<String> admin = platform.get("/actuator/prometheus", "text/plain");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void sendsAStrictContentSecurityPolicyOnPagesApiAndErrorPages() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);
        for (HttpResponse<String> response : new HttpResponse[] {
            browser.get("/login"),
            browser.get("/"),
            browser.get("/no-such-page"),
            browser.getJson("/api/v1/no-such-thing"),
            new WebSession(port).getJson("/api/v1/participants")
        }) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(response.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("script-src 'self'")
                            .doesNotContain("unsafe-inline"));
        }
    }

    @Test
    void relaxesStylesOnlyForSwaggerUiAndNeverScripts() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);

        HttpResponse<String> swagger = browser.get("/swagger-ui/index.html");
        HttpResponse<String> apiDocs = browser.getJson("/v3/api-docs");

        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("style-src 'self' 'unsafe-inline'")
                        .contains("script-src 'self';"));
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/v1/participants");
        assertThat(apiDocs.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).doesNotContain("unsafe-inline"));
        assertThat(new WebSession(port).get("/swagger-ui/index.html").statusCode())
                .isEqualTo(302);
    }

    @Test
    void forbidsCachingOfPagesWithPersonalData() {
        HttpResponse<String> home =
                accounts.signedIn(organisation, Role.COORDINATOR).get("/");

        assertThat(home.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void showsAFriendlyErrorPageInThePersonsLanguage() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);
        browser.get("/?lang=fr");

        HttpResponse<String> missing = browser.get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Introuvable").contains("lang=\"fr\"");
    }

    @Test
    void refusesAFiveMegabyteFormPostCleanly() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);
        browser.get("/");

        HttpResponse<String> response = browser.post("/participants", Map.of("name", "x".repeat(5 * 1024 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Wat je verstuurde is te groot.");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(browser.get("/").statusCode()).as("the session survives").isEqualTo(200);
    }

    @Test
    void refusesAFiveMegabyteFormAnnouncedByItsSizeAndClosesTheConnection() throws IOException {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);
        browser.get("/");

        // the server answers and closes without waiting for the form it refused
        String answer = browser.postAnnouncingOnly(
                "/participants", "application/x-www-form-urlencoded", "text/html", 5 * 1024 * 1024);

        assertThat(answer)
                .startsWith("HTTP/1.1 413")
                .contains("Content-Security-Policy")
                .contains("Wat je verstuurde is te groot.");
    }

    @Test
    void refusesAnAnonymousUploadAnnouncedByItsSizeAndClosesTheConnection() throws IOException {
        WebSession stranger = new WebSession(port);

        // refused before the body is read; the server answers and closes without waiting for the body
        String api = stranger.postAnnouncingOnly(
                "/api/v1/participants", "application/json", "application/json", 3 * 1024 * 1024);
        stranger.get("/login"); // a session with a CSRF token, as a browser has after its session ran out
        String page = stranger.postAnnouncingOnlyWithToken(
                "/participants", "multipart/form-data; boundary=x", "text/html", 3 * 1024 * 1024);

        assertThat(api).startsWith("HTTP/1.1 401");
        assertThat(page).startsWith("HTTP/1.1 302").containsPattern("Location: [^\\r]*/login");
    }

    @Test
    void refusesAnUploadWithoutCsrfTokenAnnouncedByItsSizeAndClosesTheConnection() throws IOException {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);

        String answer = browser.postAnnouncingOnly(
                "/api/v1/participants", "application/json", "application/json", 3 * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    @Test
    void refusesAnUploadTheRoleMayNotSendAnnouncedByItsSizeAndClosesTheConnection() throws IOException {
        WebSession coach = accounts.signedIn(organisation, Role.VOLUNTEER_COACH);

        // a volunteer coach may not register participants: refused before the body is read
        String answer = coach.postAnnouncingOnlyWithToken(
                "/api/v1/participants", "application/json", "application/json", 3 * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 403").contains("application/problem+json");
    }

    @Test
    void refusesAnApiWriteFromASessionWithoutCsrfToken() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/participants"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Forged\"}")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.getJson("/api/v1/participants?q=Forged").body()).isEqualTo("[]");
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() {
        WebSession browser = accounts.signedIn(organisation, Role.COORDINATOR);

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private String failedSignInPage(String email, String password) {
        WebSession browser = new WebSession(port);
        HttpResponse<String> response = browser.post("/login", Map.of("email", email, "password", password));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        return browser.get("/login?error")
                .body()
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
                .replaceAll("content=\"[^\"]{40,}\"", "");
    }

    /** An anonymous call of the API, with the headers given as name, value, name, value... */
    private HttpResponse<String> apiCall(String... headers) {
        WebSession anonymous = new WebSession(port);
        return anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/v1/participants"))
                .header("Accept", "application/json")
                .headers(headers)
                .GET());
    }

    private void deactivate(Account account) {
        int updated = Tenancy.runAs(
                account.organisation(),
                () -> transactions.execute(tx -> jdbc.sql("update account set active = false where id = ?")
                        .param(account.id())
                        .update()));
        assertThat(updated).isEqualTo(1);
    }
}
