package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.BrugwerkApplication;
import be.brugwerk.support.Required;
import be.brugwerk.support.TenantTableFixtures;
import be.brugwerk.support.WebSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
 * Brugwerk on a separate PostgreSQL server, as in production: migrations as the owner, work as the
 * application role, row-level security in force, and no demo data. {@code .ci/run} prepares the server and
 * exports its URL and roles.
 */
class ExternalDatabaseIntegrationTests {

    static final String URL = System.getenv("BRUGWERK_TEST_EXTERNAL_DATABASE_URL");
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void startOnTheExternalServer() {
        Required.availableOrSkip(
                "BRUGWERK_REQUIRE_EXTERNAL_DATABASE",
                URL != null && !URL.isBlank(),
                "an external PostgreSQL server (BRUGWERK_TEST_EXTERNAL_DATABASE_URL)");
        app = start(Map.of());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void worksAsTheApplicationRoleWithoutPrivileges() {
        Map<String, Object> role = JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query()
                .singleRow();

        assertThat(role.get("name")).isEqualTo(env("APP_USER"));
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
    }

    @Test
    void isolatesOrganisationsOnTheExternalServer() {
        JdbcClient owner =
                JdbcClient.create(new DriverManagerDataSource(URL, env("OWNER_USER"), env("OWNER_PASSWORD")));
        UUID a = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(a, UUID.randomUUID());
        JdbcClient appRole = JdbcClient.create(new DriverManagerDataSource(URL, env("APP_USER"), env("APP_PASSWORD")));

        assertThat(appRole.sql("select count(*) from account").query(Long.class).single())
                .isZero();
        assertThat(owner.sql("select count(*) from account where organisation_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void signsInAgainstTheExternalServer() {
        JdbcClient owner =
                JdbcClient.create(new DriverManagerDataSource(URL, env("OWNER_USER"), env("OWNER_PASSWORD")));
        UUID organisation = UUID.randomUUID();
        String email = "external-" + organisation + "@test.brugwerk";
        owner.sql("insert into organisation (id, name, created_at) values (?, 'External', now())")
                .param(organisation)
                .update();
        owner.sql("""
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, 'External coordinator', 'COORDINATOR', ?, now())""")
                .params(
                        UUID.randomUUID(),
                        organisation,
                        email,
                        app.getBean(PasswordEncoder.class).encode("external server password"))
                .update();
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        assertThat(new WebSession(port).signIn(email, "external server password"))
                .isTrue();
    }

    @Test
    void refusesAnInvitationWithAClearMessageWhenNoSmtpServerIsConfigured() {
        JdbcClient owner =
                JdbcClient.create(new DriverManagerDataSource(URL, env("OWNER_USER"), env("OWNER_PASSWORD")));
        UUID organisation = UUID.randomUUID();
        String email = "external-admin-" + organisation + "@test.brugwerk";
        owner.sql("insert into organisation (id, name, created_at) values (?, 'External', now())")
                .param(organisation)
                .update();
        owner.sql("""
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, 'External admin', 'ORGANISATION_ADMIN', ?, now())""")
                .params(
                        UUID.randomUUID(),
                        organisation,
                        email,
                        app.getBean(PasswordEncoder.class).encode("external server password"))
                .update();
        WebSession admin = new WebSession(
                ((WebServerApplicationContext) app).getWebServer().getPort());
        assertThat(admin.signIn(email, "external server password")).isTrue();
        String invited = "not-invited-" + organisation + "@test.brugwerk";

        var refused = admin.post(
                "/accounts", Map.of("displayName", "Niet uitgenodigd", "email", invited, "role", "COORDINATOR"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Er is geen mailserver ingesteld.")
                .contains("value=\"Niet uitgenodigd\"")
                .doesNotContain("token=");
        assertThat(owner.sql("select count(*) from account where email = ?")
                        .param(invited)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesDemoDataOnAnExternalServer() {
        assertThatThrownBy(() -> start(Map.of("brugwerk.demo", "true")).close())
                .hasStackTraceContaining("Demo data is refused on an external database");
    }

    @Test
    void stopsTheStartWithoutAPublicUrlSayingWhatToSet() {
        assertThatThrownBy(() -> start(Map.of("brugwerk.public-url", "")).close())
                .hasStackTraceContaining(PublicUrlConfiguration.MISSING);
    }

    static ConfigurableApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port",
                "0",
                "brugwerk.database.url",
                URL,
                "brugwerk.database.owner-user",
                env("OWNER_USER"),
                "brugwerk.database.owner-password",
                env("OWNER_PASSWORD"),
                "brugwerk.database.app-user",
                env("APP_USER"),
                "brugwerk.database.app-password",
                env("APP_PASSWORD"),
                "spring.jmx.enabled",
                "false",
                "brugwerk.public-url",
                "https://brugwerk.test"));
        properties.putAll(extra);
        // As command-line arguments: they outrank application.yml, as an operator's settings would.
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(BrugwerkApplication.class).run(arguments);
    }

    static String env(String suffix) {
        return System.getenv("BRUGWERK_TEST_EXTERNAL_DATABASE_" + suffix);
    }
}
