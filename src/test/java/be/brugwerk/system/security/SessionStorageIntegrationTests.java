package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.database.DatabaseConnections;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the session table holds, read as the database holds it: no Java-serialised object, nothing the
 * application would trust beyond an account id it checks again on every request.
 */
@FullStackTest
class SessionStorageIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The attribute that names the signed-in account (docs/security.md). */
    private static final String SIGN_IN = "brugwerk.signIn";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Autowired
    DatabaseConnections connections;

    @Test
    void storesPlainValuesAndNoJavaObjectAfterSignIn() {
        Account coordinator = accounts.account(accounts.organisation("Session storage"), Role.COORDINATOR);
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(browser.get("/participants/new").statusCode()).isEqualTo(200); // a form: a CSRF token is kept

        Map<String, byte[]> stored = attributesOf(browser);

        assertThat(stored).isNotEmpty();
        stored.forEach((name, bytes) -> {
            assertThat(bytes.length).as(name).isGreaterThan(2);
            assertThat(bytes[0] == (byte) 0xAC && bytes[1] == (byte) 0xED)
                    .as("%s is a Java serialisation stream", name)
                    .isFalse();
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text)
                    .as(name)
                    .doesNotContain(coordinator.email())
                    .doesNotContain("Test COORDINATOR")
                    .doesNotContain("password");
            JsonNode value = JSON.readTree(bytes);
            assertThat(value.path("type").asString()).as(name).isNotEmpty();
        });
        JsonNode signIn = JSON.readTree(stored.get(SIGN_IN));
        assertThat(signIn.path("type").asString()).isEqualTo("sign-in");
        assertThat(signIn.path("value").path("account").asString())
                .isEqualTo(coordinator.id().toString());
        assertThat(signIn.path("value").path("signedInAt").asString())
                .isEqualTo(clock.instant().toString());
        assertThat(stored).doesNotContainKey("SPRING_SECURITY_CONTEXT");
    }

    @Test
    void treatsASessionWithJavaSerialisedAttributesAsSignedOut() throws IOException {
        Account coordinator = accounts.account(accounts.organisation("Old sessions"), Role.COORDINATOR);
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        String primaryId = primaryIdOf(browser);
        // what the earlier version stored: the whole security context and two instants, Java-serialised
        SignedInUser user = new SignedInUser(
                coordinator.id(),
                coordinator.organisation(),
                Role.COORDINATOR,
                "Test COORDINATOR",
                coordinator.email(),
                null);
        owner().sql("delete from spring_session_attributes where session_primary_id = ?")
                .param(primaryId)
                .update();
        insertAttribute(
                primaryId,
                "SPRING_SECURITY_CONTEXT",
                javaSerialised(new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))));
        insertAttribute(primaryId, "brugwerk.signedInAt", javaSerialised(clock.instant()));
        insertAttribute(primaryId, "brugwerk.lastSeenAt", javaSerialised(clock.instant()));
        insertAttribute(primaryId, SIGN_IN, javaSerialised(clock.instant()));

        HttpResponse<String> page = browser.get("/");
        HttpResponse<String> api = browser.getJson("/api/v1/participants");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(browser.signIn(coordinator.email(), TestAccounts.PASSWORD))
                .as("signing in again works")
                .isTrue();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void servesManyConcurrentRequestsOfOneSessionWithoutAStoreError() throws Exception {
        Account coordinator = accounts.account(accounts.organisation("Busy session"), Role.COORDINATOR);
        WebSession browser = new WebSession(port);
        browser.get("/login");
        // signed in, and then at once many requests, before any single one has added what a fresh session lacks
        assertThat(browser.post("/login", Map.of("email", coordinator.email(), "password", TestAccounts.PASSWORD))
                        .statusCode())
                .isEqualTo(302);
        ListAppender<ILoggingEvent> errors = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        errors.start();
        root.addAppender(errors);
        ExecutorService burst = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int round = 0; round < 6; round++) {
                if (round > 0) {
                    clock.advance(Duration.ofMinutes(2)); // every request finds a last-seen time to move
                }
                List<Callable<Integer>> requests = new ArrayList<>();
                for (int request = 0; request < 16; request++) {
                    String path = request % 2 == 0 ? "/" : "/participants";
                    requests.add(() -> browser.get(path).statusCode());
                }
                for (Future<Integer> status : burst.invokeAll(requests)) {
                    statuses.add(status.get());
                }
            }
        } finally {
            burst.shutdown();
            root.detachAppender(errors);
        }

        assertThat(statuses).hasSize(96).containsOnly(200);
        assertThat(errors.list.stream()
                        .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)
                                || String.valueOf(
                                                e.getThrowableProxy() == null
                                                        ? ""
                                                        : e.getThrowableProxy().getMessage())
                                        .contains("duplicate key"))
                        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                                + (e.getThrowableProxy() == null
                                        ? ""
                                        : " / " + e.getThrowableProxy().getMessage())))
                .isEmpty();
        assertThat(browser.get("/").statusCode()).as("the session lives on").isEqualTo(200);
    }

    @Test
    void letsTheApplicationRoleChangeOnlyWhatSpringSessionChanges() {
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(
                        accounts.account(accounts.organisation("Session grants"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        String primaryId = primaryIdOf(browser);
        JdbcClient app = JdbcClient.create(
                new DriverManagerDataSource(connections.url(), connections.appUser(), connections.appPassword()));

        // what Spring Session does: change access times and an attribute's value (docs/adr/0009)
        assertThat(app.sql("update spring_session set last_access_time = last_access_time where primary_id = ?")
                        .param(primaryId)
                        .update())
                .isOne();
        assertThat(app.sql("""
                        update spring_session_attributes set attribute_bytes = attribute_bytes
                        where session_primary_id = ? and attribute_name = ?""").params(primaryId, SIGN_IN).update()).isOne();
        // and nothing else: no row's key, creation time or attribute name, no emptying the tables at once
        for (String refused : List.of(
                "update spring_session set creation_time = 0 where primary_id = ?",
                "update spring_session set primary_id = 'forged' where primary_id = ?",
                "update spring_session_attributes set attribute_name = 'forged' where session_primary_id = ?",
                "update spring_session_attributes set session_primary_id = 'forged' where session_primary_id = ?")) {
            assertThatThrownBy(() -> app.sql(refused).param(primaryId).update())
                    .rootCause()
                    .as(refused)
                    .hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> app.sql("truncate spring_session_attributes").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(browser.get("/").statusCode()).as("the session is as it was").isEqualTo(200);
    }

    private Map<String, byte[]> attributesOf(WebSession browser) {
        Map<String, byte[]> attributes = new java.util.TreeMap<>();
        owner().sql(
                        "select attribute_name, attribute_bytes from spring_session_attributes where session_primary_id = ?")
                .param(primaryIdOf(browser))
                .query(row -> {
                    attributes.put(row.getString(1), row.getBytes(2));
                });
        return attributes;
    }

    private String primaryIdOf(WebSession browser) {
        String sessionId = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        return owner().sql("select primary_id from spring_session where session_id = ?")
                .param(sessionId)
                .query(String.class)
                .single();
    }

    private void insertAttribute(String primaryId, String name, byte[] bytes) {
        owner().sql("insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
                        + "values (?, ?, ?)")
                .params(primaryId, name, bytes)
                .update();
    }

    private static byte[] javaSerialised(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}
