package be.brugwerk.people.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.WebSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first platform admin of a new installation, from the command run on the server. Needs a database without any
 * platform admin, so it has its own (the shared full-stack database has several).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "brugwerk.database.data-dir=target/first-admin-database",
            "brugwerk.database.embedded-fresh=true",
            "brugwerk.demo=false",
            "brugwerk.public-url=https://brugwerk.example.org/"
        })
class FirstAdminCommandIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void printsALinkForTheFirstPlatformAdminOnceAndRefusesASecond() {
        String email = "platform-" + UUID.randomUUID() + "@test.brugwerk";
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int exitCode = FirstAdminCommand.run(
                new String[] {email, "--name", "Eerste platformbeheerder"},
                stream(result),
                stream(errors),
                onTheRunningApplication());

        assertThat(exitCode).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        String link = result.toString(StandardCharsets.UTF_8).strip();
        assertThat(link).matches("https://brugwerk\\.example\\.org/activate\\?token=[A-Za-z0-9_-]+");
        String path = link.substring("https://brugwerk.example.org".length());
        WebSession person = new WebSession(port);
        assertThat(person.get(path).body()).contains("name=\"password\"");
        assertThat(person.post(
                                "/activate",
                                Map.of(
                                        "token",
                                        path.substring(path.indexOf('=') + 1),
                                        "password",
                                        "het platform van een nieuwe installatie"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(person.signIn(email, "het platform van een nieuwe installatie"))
                .isTrue();
        assertThat(person.get("/organisations").statusCode()).isEqualTo(200);

        ByteArrayOutputStream secondResult = new ByteArrayOutputStream();
        ByteArrayOutputStream secondErrors = new ByteArrayOutputStream();
        int second = FirstAdminCommand.run(
                new String[] {"second-" + UUID.randomUUID() + "@test.brugwerk"},
                stream(secondResult),
                stream(secondErrors),
                onTheRunningApplication());

        assertThat(second).isEqualTo(FirstAdminCommand.REFUSED);
        assertThat(secondResult.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(secondErrors.toString(StandardCharsets.UTF_8)).contains("refused: a platform admin exists already");
        assertThat(JdbcClient.create(ownerDataSource)
                        .sql("select count(*) from account where role = 'PLATFORM_ADMIN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** The command as it runs on the server, but on this test's application: closing it leaves the test's running. */
    private Supplier<ConfigurableApplicationContext> onTheRunningApplication() {
        return () -> {
            AnnotationConfigApplicationContext command = new AnnotationConfigApplicationContext();
            command.setParent(application);
            command.refresh();
            return command;
        };
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
