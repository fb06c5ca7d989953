package be.brugwerk.people.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.BrugwerkApplication;
import be.brugwerk.support.WebSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Brugwerk as the README's run command starts it: embedded database, demo data, DEMO banner — and every demo
 * login the README lists works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIntegrationTests {

    private static final Pattern README_LOGIN = Pattern.compile("^\\| `([^`]+@[^`]+)` \\|", Pattern.MULTILINE);

    ConfigurableApplicationContext app;
    int port;

    @BeforeAll
    void startLikeTheRunCommand() {
        app = new SpringApplicationBuilder(BrugwerkApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--brugwerk.database.data-dir=target/demo-database",
                        "--brugwerk.database.embedded-fresh=true");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void letsEveryDemoLoginInTheReadmeSignIn() throws IOException {
        List<String> logins = new ArrayList<>();
        Matcher login = README_LOGIN.matcher(Files.readString(Path.of("README.md")));
        while (login.find()) {
            logins.add(login.group(1));
        }
        assertThat(logins).hasSizeGreaterThanOrEqualTo(6);

        for (String email : logins) {
            assertThat(new WebSession(port).signIn(email, DemoData.PASSWORD))
                    .as(email)
                    .isTrue();
        }
    }

    @Test
    void showsTheDemoBannerAndTheVolunteerCoachHerParticipant() {
        WebSession coach = new WebSession(port);
        assertThat(coach.signIn("coach@demostad.demo", DemoData.PASSWORD)).isTrue();

        String page = coach.get("/participants").body();

        assertThat(page).contains("DEMO").contains("Amina").doesNotContain("Jozef");
    }

    @Test
    void showsTheVolunteerCoachHerRunningTrajectoryWithAmina() {
        WebSession coach = new WebSession(port);
        assertThat(coach.signIn("coach@demostad.demo", DemoData.PASSWORD)).isTrue();

        String list = coach.get("/trajectories").body();

        assertThat(list).contains("Amina").contains("Netwerk in kaart");
    }

    @Test
    void givesEveryDemoRoleAHomeWithSomethingToShow() {
        String vera = homeOf("coach@demostad.demo");
        String coordinator = homeOf("coordinator@demostad.demo");
        String buddy = homeOf("buddy@demostad.demo");
        String admin = homeOf("beheer@demostad.demo");

        assertThat(vera)
                .contains("Rita uitnodigen voor koffie (3 dagen te laat)")
                .contains("Al 20 dagen geen contact met Amina")
                .contains("Rondetafelgesprek met Amina");
        assertThat(coordinator).contains("Kim met buddy Bart Buddy");
        assertThat(buddy).contains("Amina").contains("Laat op je buddypagina weten");
        assertThat(admin).contains("vrijwillige netwerkcoach: 1");
    }

    private String homeOf(String email) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(email, DemoData.PASSWORD)).as(email).isTrue();
        return session.get("/").body();
    }

    @Test
    void showsTheOtherOrganisationsCoachNoneOfIt() {
        WebSession stranger = new WebSession(port);
        assertThat(stranger.signIn("coach@elders.demo", DemoData.PASSWORD)).isTrue();

        assertThat(stranger.get("/participants").body()).doesNotContain("Amina").doesNotContain("Kim");
    }
}
