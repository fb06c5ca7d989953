package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.BrugwerkApplication;
import be.brugwerk.support.PostgresServer;
import be.brugwerk.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The README's backup and restore, with its scripts ({@code scripts/backup.sh}, {@code scripts/restore.sh}): a
 * database Brugwerk worked on is backed up, restored into a new database, and Brugwerk started on the restored one
 * serves the same participant's map and the same audit trail, with row-level security and the application role's
 * grants as they were. On a PostgreSQL server of this test's own.
 */
class BackupAndRestoreIntegrationTests {

    static final String OWNER = "brugwerk_owner";
    static final String APP = "brugwerk_app";
    static final String PASSWORD = "a backup test password";
    static final Path SCRIPTS = Path.of("scripts").toAbsolutePath();

    static PostgresServer postgres;

    @BeforeAll
    static void aServerOfItsOwn() {
        postgres = PostgresServer.started();
        postgres.createBrugwerkDatabase("brugwerk", OWNER, "owner-secret", APP, "app-secret");
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void servesTheSameMapAndAuditTrailFromARestoredBackup() {
        String map;
        String trail;
        UUID participant;
        try (ConfigurableApplicationContext original = start("brugwerk")) {
            UUID organisation = UUID.randomUUID();
            JdbcClient owner =
                    JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl("brugwerk"), OWNER, "owner-secret"));
            owner.sql("insert into organisation (id, name, created_at) values (?, 'Backed up', now())")
                    .param(organisation)
                    .update();
            String hash = original.getBean(PasswordEncoder.class).encode(PASSWORD);
            for (String role : List.of("COORDINATOR", "ORGANISATION_ADMIN")) {
                owner.sql("""
                        insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                        values (?, ?, ?, ?, ?, ?, now())""")
                        .params(
                                UUID.randomUUID(),
                                organisation,
                                role.toLowerCase() + "@backup.test",
                                "Backup " + role,
                                role,
                                hash)
                        .update();
            }
            WebSession coordinator = signedIn(original, "coordinator@backup.test");
            HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                    {"name":"Bewaard","consents":[{"purpose":"PROCESSING"}]}""");
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
            assertThat(id.find()).as(created.body()).isTrue();
            participant = UUID.fromString(id.group(1));
            HttpResponse<String> saved =
                    coordinator.sendJson("PUT", mapPath(participant), """
                    {"version":0,"members":[{"id":"%s","name":"Zus","category":"FAMILY","ring":"INNER",
                     "frequency":"WEEKLY","support":{"AFFECTIVE":"BOTH"},"valence":"SUPPORTIVE","status":"ACTIVE",
                     "capitalType":"BONDING","level":"CITY","lightTie":false}],"ties":[]}""".formatted(UUID.randomUUID()));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            map = coordinator.getJson(mapPath(participant)).body();
            trail = auditRows(signedIn(original, "organisation_admin@backup.test")
                    .get("/audit")
                    .body());
        }
        assertThat(map).contains("\"version\":1").contains("Zus");
        assertThat(trail).contains(participant.toString());

        Path dump = postgres.folder().resolve("brugwerk.dump");
        postgres.run(
                List.of(SCRIPTS.resolve("backup.sh").toString(), dump.toString()),
                Map.of(
                        "PGHOST",
                        "127.0.0.1",
                        "PGPORT",
                        String.valueOf(postgres.port()),
                        "BRUGWERK_DATABASE_OWNER_USER",
                        OWNER,
                        "BRUGWERK_DATABASE_OWNER_PASSWORD",
                        "owner-secret",
                        "PG_BIN",
                        postgres.programsFolder().toString()));
        assertThat(Files.exists(dump)).isTrue();
        postgres.run(
                List.of(SCRIPTS.resolve("restore.sh").toString(), dump.toString(), "brugwerk_restored"),
                Map.of(
                        "PGHOST",
                        "127.0.0.1",
                        "PGPORT",
                        String.valueOf(postgres.port()),
                        "BRUGWERK_DATABASE_ADMIN_USER",
                        PostgresServer.SUPERUSER,
                        "BRUGWERK_DATABASE_ADMIN_PASSWORD",
                        postgres.superuserPassword(),
                        "BRUGWERK_DATABASE_OWNER_USER",
                        OWNER,
                        "BRUGWERK_DATABASE_OWNER_PASSWORD",
                        "owner-secret",
                        "BRUGWERK_DATABASE_APP_USER",
                        APP,
                        "PG_BIN",
                        postgres.programsFolder().toString()));

        // the walls stand as they stood: the same policies, the same grants, the same owner, connect rights
        assertThat(protections("brugwerk_restored"))
                .isEqualTo(protections("brugwerk"))
                .isNotEmpty();
        try (ConfigurableApplicationContext restored = start("brugwerk_restored")) {
            WebSession coordinator = signedIn(restored, "coordinator@backup.test");
            assertThat(coordinator.getJson(mapPath(participant)).body()).isEqualTo(map);
            String restoredTrail = auditRows(signedIn(restored, "organisation_admin@backup.test")
                    .get("/audit")
                    .body());
            assertThat(restoredTrail).endsWith(trail);
            // the application role still sees no organisation's rows outside a request's organisation
            JdbcClient app = JdbcClient.create(
                    new DriverManagerDataSource(postgres.jdbcUrl("brugwerk_restored"), APP, "app-secret"));
            assertThat(app.sql("select count(*) from participant")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    /** Policies, table privileges, object owners and who may connect: what keeps one organisation from another. */
    private static List<String> protections(String database) {
        JdbcClient superuser = postgres.superuser(database);
        List<String> policies = superuser.sql("""
                select tablename || ' ' || policyname || ' ' || array_to_string(roles, ',') || ' ' || coalesce(qual, '')
                  || ' ' || coalesce(with_check, '') from pg_policies order by 1""").query(String.class).list();
        List<String> secured = superuser.sql("""
                select relname || ' rls=' || relrowsecurity || ' force=' || relforcerowsecurity || ' owner='
                  || pg_get_userbyid(relowner) from pg_class where relnamespace = 'public'::regnamespace
                  and relkind in ('r', 'v', 'S', 'f') order by 1""").query(String.class).list();
        List<String> grants = superuser.sql("""
                select table_name || ' ' || privilege_type from information_schema.role_table_grants
                 where grantee = ? order by 1""").param(APP).query(String.class).list();
        List<String> functions = superuser.sql("""
                select proname || ' ' || pg_get_userbyid(proowner) || ' definer=' || prosecdef from pg_proc
                 where pronamespace = 'public'::regnamespace order by 1""").query(String.class).list();
        List<String> connect =
                superuser.sql("""
                select coalesce(array_to_string(datacl, ','), '') from pg_database where datname = ?""").param(database).query(String.class).list();
        return java.util.stream.Stream.of(policies, secured, grants, functions, connect)
                .flatMap(List::stream)
                .toList();
    }

    /** The rows of the audit page, as one text. */
    private static String auditRows(String page) {
        int start = page.indexOf("<tbody>");
        int end = page.indexOf("</tbody>");
        assertThat(start).as(page).isPositive();
        return page.substring(start + "<tbody>".length(), end).strip();
    }

    private static String mapPath(UUID participant) {
        return "/api/v1/participants/" + participant + "/map";
    }

    private static WebSession signedIn(ConfigurableApplicationContext app, String email) {
        WebSession session = new WebSession(
                ((WebServerApplicationContext) app).getWebServer().getPort());
        assertThat(session.signIn(email, PASSWORD)).isTrue();
        return session;
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(BrugwerkApplication.class)
                .run(
                        "--server.port=0",
                        "--brugwerk.database.url=" + postgres.jdbcUrl(database),
                        "--brugwerk.database.owner-user=" + OWNER,
                        "--brugwerk.database.owner-password=owner-secret",
                        "--brugwerk.database.app-user=" + APP,
                        "--brugwerk.database.app-password=app-secret",
                        "--brugwerk.public-url=https://brugwerk.test",
                        "--spring.jmx.enabled=false");
    }
}
