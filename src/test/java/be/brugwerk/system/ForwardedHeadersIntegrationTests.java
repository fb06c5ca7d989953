package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.database.DatabaseConnections;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;

/**
 * Links and redirects never take their host from the request: the links that invitation and reset mails carry
 * are built from the public URL (here the embedded default, the local address), redirects stay relative.
 */
@FullStackTest
class ForwardedHeadersIntegrationTests {

    static final Map<String, String> CLAIMED_HOST =
            Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "Forwarded", "host=evil.example");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Test
    void redirectsToSignInWithoutTheClaimedHost() {
        WebSession stranger = new WebSession(port);
        HttpRequest.Builder request = HttpRequest.newBuilder(stranger.uri("/"))
                .header("Accept", "text/html")
                .GET();
        CLAIMED_HOST.forEach(request::header);

        HttpResponse<String> answer = stranger.send(request);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .doesNotContain("evil.example")
                        .doesNotStartWith("https:")
                        .endsWith("/login"));
    }

    @Test
    void slowsDownSignInsFromOneConnectionWhateverAddressEachClaims() {
        String email = accounts.account(accounts.organisation("Claimed addresses"), Role.VOLUNTEER_COACH)
                .email();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(email, "wrong password " + attempt, "203.0.113." + attempt))
                    .isFalse();
        }

        assertThat(signIn(email, TestAccounts.PASSWORD, "198.51.100.7"))
                .as("the right password during the wait, from yet another claimed address")
                .isFalse();
        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn(email, TestAccounts.PASSWORD, "198.51.100.8"))
                .as("the right password after the wait")
                .isTrue();
    }

    /** A sign-in in a new browser whose request claims, in X-Forwarded-For, to come from {@code claimed}. */
    private boolean signIn(String email, String password, String claimed) {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        HttpResponse<String> answer = browser.post(
                "/login", Map.of("email", email, "password", password), Map.of("X-Forwarded-For", claimed));
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").endsWith("/");
    }

    @Test
    void buildsTheInvitationLinkFromThePublicUrl() {
        WebSession admin = new WebSession(port);
        UUID organisation = accounts.organisation("Forwarded headers");
        assertThat(admin.signIn(
                        accounts.account(organisation, Role.ORGANISATION_ADMIN).email(), TestAccounts.PASSWORD))
                .isTrue();
        admin.get("/accounts");

        String colleague = "colleague-" + UUID.randomUUID() + "@test.brugwerk";
        HttpResponse<String> page = admin.post(
                "/accounts",
                Map.of("displayName", "New colleague", "email", colleague, "role", "COORDINATOR"),
                CLAIMED_HOST);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(TestMail.lastTextTo(colleague))
                .doesNotContain("evil.example")
                .contains("http://localhost:" + port + "/activate?token=");
    }

    @Test
    void stopsTheStartOnAnExternalDatabaseWithoutAPublicUrl() {
        DatabaseConnections external =
                new DatabaseConnections(false, "jdbc:postgresql://db/brugwerk", "o", "x", "a", "y");

        assertThatIllegalStateException()
                .isThrownBy(() -> new PublicUrlConfiguration().publicUrl("", external, new MockEnvironment()))
                .withMessage(PublicUrlConfiguration.MISSING);
        assertThat(new PublicUrlConfiguration()
                        .publicUrl("https://brugwerk.example.org", external, new MockEnvironment())
                        .of("/login"))
                .isEqualTo("https://brugwerk.example.org/login");
    }

    @Test
    void refusesAPublicUrlThatIsNotAnAbsoluteWebAddress() {
        assertThat(PublicUrl.configured("https://brugwerk.example.org/").of("/activate?t=1"))
                .isEqualTo("https://brugwerk.example.org/activate?t=1");
        for (String wrong : new String[] {
            "brugwerk.example.org",
            "ftp://brugwerk.example.org",
            "https://brugwerk.example.org/?next=x",
            "https://user@brugwerk.example.org"
        }) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> PublicUrl.configured(wrong))
                    .withMessageContaining("BRUGWERK_PUBLIC_URL");
        }
    }
}
