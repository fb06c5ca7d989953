package be.brugwerk.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A demo sends no mail: its admins read what would have been sent in the demo outbox. Runs the demo itself, on its own
 * embedded database with the demo data and no SMTP server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "brugwerk.database.data-dir=target/demo-outbox-database",
            "brugwerk.database.embedded-fresh=true",
            "brugwerk.demo=true"
        })
@Import(TestAccounts.class)
class DemoOutboxIntegrationTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s<]+(/activate\\?token=[A-Za-z0-9_-]+)");
    private static final String DEMO_PASSWORD = "brugwerk-demo";
    private static final UUID OTHER_DEMO_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000d002");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void anInvitationOfTheDemoLandsInItsOutboxForItsAdminsOnly() {
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn("beheer@demostad.demo", DEMO_PASSWORD)).isTrue();
        String email = "nieuw-" + UUID.randomUUID() + "@demostad.demo";

        HttpResponse<String> invited = admin.post(
                "/accounts", Map.of("displayName", "Nieuwe coördinator", "email", email, "role", "COORDINATOR"));
        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(admin.get("/accounts").body()).doesNotContain("token=").contains("href=\"/demo/outbox\"");

        String outbox = admin.get("/demo/outbox").body();
        assertThat(outbox)
                .contains("DEMO: in een demo vertrekt er geen e-mail.")
                .contains(email)
                .contains("Je account bij OCMW Demostad in Brugwerk");
        Matcher link = LINK.matcher(outbox.substring(outbox.indexOf(email)));
        assertThat(link.find()).isTrue();
        WebSession person = new WebSession(port);
        person.get(link.group(1));
        person.post(
                "/activate",
                Map.of(
                        "token",
                        link.group(1).substring(link.group(1).indexOf('=') + 1),
                        "password",
                        "een demo die echt werkt"));
        assertThat(person.signIn(email, "een demo die echt werkt")).isTrue();

        WebSession platform = new WebSession(port);
        assertThat(platform.signIn("platform@brugwerk.demo", DEMO_PASSWORD)).isTrue();
        assertThat(platform.get("/demo/outbox").body()).contains(email);
        WebSession otherAdmin = new WebSession(port);
        assertThat(otherAdmin.signIn(
                        accounts.account(OTHER_DEMO_ORGANISATION, Role.ORGANISATION_ADMIN)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        HttpResponse<String> othersOutbox = otherAdmin.get("/demo/outbox");
        assertThat(othersOutbox.statusCode()).isEqualTo(200);
        assertThat(othersOutbox.body()).doesNotContain(email).doesNotContain("token=");
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn("coordinator@demostad.demo", DEMO_PASSWORD))
                .isTrue();
        assertThat(coordinator.get("/demo/outbox").statusCode()).isEqualTo(403);
    }
}
