package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.Secrets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scripts with personal API tokens: the same rights as their owner, and nothing once revoked or expired. */
@FullStackTest
class ApiTokenIntegrationTests {

    private static final Pattern SECRET =
            Pattern.compile("id=\"secret\" class=\"link\" readonly value=\"([A-Za-z0-9_-]{43})\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    WebSession coordinator;
    Account coordinatorAccount;

    @BeforeEach
    void aCoordinatorWithAParticipant() {
        UUID organisation = accounts.organisation("Token tests");
        coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(coordinatorAccount.email(), TestAccounts.PASSWORD))
                .isTrue();
        assertThat(coordinator
                        .sendJson(
                                "POST",
                                "/api/v1/participants",
                                "{\"name\":\"Via script\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aTokenSeesWhatItsOwnerSees() {
        String token = newToken(coordinator, "30");

        HttpResponse<String> byToken = withToken(token, "GET", "/api/v1/participants", null);

        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(byToken.body())
                .isEqualTo(coordinator.getJson("/api/v1/participants").body());
    }

    @Test
    void aTokenWritesWithoutACsrfTokenButWithItsOwnersRights() {
        String token = newToken(coordinator, "30");

        HttpResponse<String> created = withToken(
                token,
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Door script\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        assertThat(created.statusCode()).isEqualTo(201);
        WebSession coach = new WebSession(port);
        assertThat(coach.signIn(
                        accounts.account(coordinatorAccount.organisation(), Role.VOLUNTEER_COACH)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        String coachToken = newToken(coach, "30");
        assertThat(withToken(coachToken, "POST", "/api/v1/participants", "{\"name\":\"Niet toegestaan\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void storesOnlyAHash() {
        String token = newToken(coordinator, "30");

        JdbcClient owner = JdbcClient.create(ownerDataSource);
        long plain = owner.sql("select count(*) from api_token where token_hash = ? or name = ?")
                .params(token, token)
                .query(Long.class)
                .single();
        long hashed = owner.sql("select count(*) from api_token where token_hash = ?")
                .param(Secrets.sha256(token))
                .query(Long.class)
                .single();

        assertThat(plain).isZero();
        assertThat(hashed).isEqualTo(1);
    }

    @Test
    void refusesARevokedAnExpiredAndAnUnknownToken() {
        String revoked = newToken(coordinator, "30");
        String page = coordinator.get("/tokens").body();
        Matcher id = Pattern.compile("/tokens/([0-9a-f-]{36})/revoke").matcher(page);
        assertThat(id.find()).isTrue();
        coordinator.post("/tokens/" + id.group(1) + "/revoke", Map.of());
        String expiring = newToken(coordinator, "1");

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        for (String token : new String[] {revoked, expiring, "made-up-token"}) {
            HttpResponse<String> refused = withToken(token, "GET", "/api/v1/participants", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        }
    }

    @Test
    void diesWithDeactivationAndStaysDeadAfterReactivation() {
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(
                        accounts.account(coordinatorAccount.organisation(), Role.ORGANISATION_ADMIN)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        String token = newToken(coordinator, "30");

        admin.post("/accounts/" + coordinatorAccount.id() + "/deactivate", Map.of());
        admin.post("/accounts/" + coordinatorAccount.id() + "/reactivate", Map.of());

        assertThat(withToken(token, "GET", "/api/v1/participants", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void countsOnlyForAnAccountOfItsOwnOrganisation() {
        Account stranger = accounts.account(accounts.organisation("Token victims"), Role.COORDINATOR);
        String forged = "forged-" + UUID.randomUUID();
        // a token row in one organisation pointing at another's account: the key on (organisation, account) refuses it
        assertThatThrownBy(() -> JdbcClient.create(ownerDataSource)
                        .sql("""
                insert into api_token (id, organisation_id, account_id, name, token_hash, created_at, expires_at)
                values (?, ?, ?, 'Forged', ?, now(), now() + interval '30 days')""")
                        .params(
                                UUID.randomUUID(),
                                coordinatorAccount.organisation(),
                                stranger.id(),
                                Secrets.sha256(forged))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(withToken(forged, "GET", "/api/v1/participants", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesANewTokenWithoutANameAndKeepsWhatWasTyped() {
        HttpResponse<String> page = coordinator.post("/tokens", Map.of("name", "", "validForDays", "900"));

        assertThat(page.body()).contains("Geef de sleutel een naam").contains("value=\"900\"");
    }

    private String newToken(WebSession session, String days) {
        Matcher secret = SECRET.matcher(session.post("/tokens", Map.of("name", "Script", "validForDays", days))
                .body());
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    private HttpResponse<String> withToken(String token, String method, String path, String json) {
        WebSession script = new WebSession(port); // no cookies, no CSRF token: a script
        return script.send(HttpRequest.newBuilder(script.uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }
}
