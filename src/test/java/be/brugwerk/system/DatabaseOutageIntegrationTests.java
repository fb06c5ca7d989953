package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.brugwerk.BrugwerkApplication;
import be.brugwerk.support.PostgresServer;
import be.brugwerk.support.WebSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * PostgreSQL stopped while a node is busy, then started again: every request in between answers 503 (a page in
 * the person's language, or problem details) with Retry-After, nothing is half-written, and the node serves again
 * by itself once the server is back. On a PostgreSQL server and an application context of this test's own, so no
 * other test sees the outage.
 */
class DatabaseOutageIntegrationTests {

    static final String OWNER = "brugwerk_owner";
    static final String APP = "brugwerk_app";
    static final String PASSWORD = "an outage test password";
    static final UUID SISTER = UUID.randomUUID();
    static final UUID NEIGHBOUR = UUID.randomUUID();

    static PostgresServer postgres;
    static ConfigurableApplicationContext app;
    static WebSession coordinator;
    static UUID participant;

    @BeforeAll
    static void aNodeOnAServerOfItsOwn() {
        postgres = PostgresServer.started();
        postgres.createBrugwerkDatabase("brugwerk", OWNER, "owner-secret", APP, "app-secret");
        app = new SpringApplicationBuilder(BrugwerkApplication.class)
                .run(
                        "--server.port=0",
                        "--brugwerk.database.url=" + postgres.jdbcUrl("brugwerk"),
                        "--brugwerk.database.owner-user=" + OWNER,
                        "--brugwerk.database.owner-password=owner-secret",
                        "--brugwerk.database.app-user=" + APP,
                        "--brugwerk.database.app-password=app-secret",
                        // a short wait for a connection, so an outage is answered quickly
                        "--brugwerk.database.connection-timeout=1s",
                        "--brugwerk.public-url=https://brugwerk.test",
                        "--spring.jmx.enabled=false");
        UUID organisation = UUID.randomUUID();
        JdbcClient owner = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                postgres.jdbcUrl("brugwerk"), OWNER, "owner-secret"));
        owner.sql("insert into organisation (id, name, created_at) values (?, 'Outage', now())")
                .param(organisation)
                .update();
        owner.sql("""
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, 'coordinator@outage.test', 'Outage coordinator', 'COORDINATOR', ?, now())""")
                .params(
                        UUID.randomUUID(),
                        organisation,
                        app.getBean(PasswordEncoder.class).encode(PASSWORD))
                .update();
        coordinator = new WebSession(port());
        assertThat(coordinator.signIn("coordinator@outage.test", PASSWORD)).isTrue();
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"Outage","consents":[{"purpose":"PROCESSING"}]}""");
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        participant = UUID.fromString(id.group(1));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void answers503WhilePostgresIsDownAndServesAgainOnceItIsBack() throws Exception {
        ExecutorService load = Executors.newFixedThreadPool(5);
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger answersWhileDown = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean(false);
        List<Future<?>> readers = new ArrayList<>();
        for (String path :
                List.of("/participants", "/participants/" + participant + "/map", mapPath(), "/css/brugwerk.css")) {
            readers.add(load.submit(() -> {
                while (running.get()) {
                    HttpResponse<String> answer =
                            path.startsWith("/api/") ? coordinator.getJson(path) : coordinator.get(path);
                    answers.add(answer.statusCode() + " GET " + path);
                    // the stylesheet needs no database and answers 200 at once: count only what needs it
                    if (down.get() && !path.startsWith("/css/")) {
                        answersWhileDown.incrementAndGet();
                    }
                }
            }));
        }
        // Saves one after the other, each naming its own number in both members, so a stored map shows which
        // save it came from, and whether it came whole.
        AtomicInteger savesAnswered200 = new AtomicInteger();
        AtomicInteger saveNumber = new AtomicInteger(1);
        Future<?> saver = load.submit(() -> {
            while (running.get()) {
                int number = saveNumber.get();
                HttpResponse<String> saved = coordinator.sendJson("PUT", mapPath(), map(number - 1, number));
                answers.add(saved.statusCode() + " PUT " + mapPath());
                if (saved.statusCode() == 200) {
                    savesAnswered200.incrementAndGet();
                    saveNumber.incrementAndGet();
                }
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> savesAnswered200.get() >= 3 && answers.size() >= 20);

        postgres.stopFast();
        down.set(true);
        await().atMost(Duration.ofSeconds(60)).until(() -> answersWhileDown.get() >= 20);

        // every answer under load was a success or a clear 503: no 500, no other failure
        assertThat(answers).allSatisfy(answer -> assertThat(answer).matches("(200|503) .*"));
        assertThat(answers).anySatisfy(answer -> assertThat(answer).startsWith("503 "));
        running.set(false);
        for (Future<?> reader : readers) {
            reader.get(60, TimeUnit.SECONDS);
        }
        saver.get(60, TimeUnit.SECONDS);
        load.shutdown();

        HttpResponse<String> page = coordinator.send(HttpRequest.newBuilder(coordinator.uri("/participants"))
                .header("Accept", "text/html")
                .header("Accept-Language", "fr")
                .GET());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("10");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("Brugwerk est momentanément indisponible")
                .doesNotContain("Exception");
        HttpResponse<String> dutchPage = coordinator.get("/participants/" + participant + "/map");
        assertThat(dutchPage.statusCode()).isEqualTo(503);
        assertThat(dutchPage.body()).contains("Brugwerk is even niet bereikbaar");
        HttpResponse<String> problem = coordinator.getJson(mapPath());
        assertThat(problem.statusCode()).isEqualTo(503);
        assertThat(problem.headers().firstValue("Retry-After")).contains("10");
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(problem.body())
                .contains("\"status\":503")
                .contains("database is not answering")
                .doesNotContain("Exception");
        HttpResponse<String> refusedSave = coordinator.sendJson("PUT", mapPath(), map(saveNumber.get() - 1, 999));
        assertThat(refusedSave.statusCode()).isEqualTo(503);
        WebSession anonymous = new WebSession(port());
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(503);
        assertThat(anonymous.getJson("/actuator/health").statusCode()).isEqualTo(503);

        postgres.start();

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> coordinator.getJson(mapPath()).statusCode() == 200);
        assertThat(anonymous.getJson("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/participants").statusCode()).isEqualTo(200);
        // Nothing half-written: the stored map is one save, whole, with its own version number. The save that was
        // cut off or refused is either all there (PostgreSQL committed it before it stopped) or not at all.
        String stored = coordinator.getJson(mapPath()).body();
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(stored);
        assertThat(version.find()).isTrue();
        int storedSave = Integer.parseInt(version.group(1));
        assertThat(storedSave).isBetween(savesAnswered200.get(), savesAnswered200.get() + 1);
        assertThat(stored)
                .contains("Zus " + storedSave + "\"")
                .contains("Buurman " + storedSave + "\"")
                .doesNotContain("999");
        // and the node takes new work again
        assertThat(coordinator
                        .sendJson("PUT", mapPath(), map(storedSave, storedSave + 1))
                        .statusCode())
                .isEqualTo(200);
    }

    private static String mapPath() {
        return "/api/v1/participants/" + participant + "/map";
    }

    /** Two members and their tie, named after the save that writes them. */
    private static String map(int version, int number) {
        return """
                {"version":%d,"members":[
                  {"id":"%s","name":"Zus %d","category":"FAMILY","ring":"INNER","frequency":"WEEKLY",
                   "support":{"AFFECTIVE":"BOTH"},"valence":"SUPPORTIVE","status":"ACTIVE",
                   "capitalType":"BONDING","level":"CITY","lightTie":false},
                  {"id":"%s","name":"Buurman %d","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "support":{"CONNECTING":"BOTH"},"valence":"SUPPORTIVE","status":"ACTIVE",
                   "capitalType":"BRIDGING","level":"NEIGHBOURHOOD","lightTie":true}],
                 "ties":[{"first":"%s","second":"%s"}]}""".formatted(version, SISTER, number, NEIGHBOUR, number, SISTER, NEIGHBOUR);
    }

    private static int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
