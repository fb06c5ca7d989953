package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser isolation headers come with every answer: pages, API, errors, static files, Swagger UI. */
@FullStackTest
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void sendsPermissionsAndOpenerPoliciesWithEveryAnswer() {
        UUID organisation = accounts.organisation("Headers test organisation");
        WebSession browser = new WebSession(port);
        browser.signIn(accounts.account(organisation, Role.COORDINATOR).email(), TestAccounts.PASSWORD);
        WebSession stranger = new WebSession(port);

        List<HttpResponse<String>> answers = List.of(
                stranger.get("/login"),
                browser.get("/"),
                browser.get("/no-such-page"),
                browser.getJson("/api/v1/no-such-thing"),
                stranger.getJson("/api/v1/participants"),
                stranger.get("/actuator/health", "application/json"),
                browser.get("/swagger-ui/index.html"),
                stranger.get("/swagger-ui/index.html"),
                stranger.get("/css/brugwerk.css", "text/css"));

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().firstValue("Permissions-Policy"))
                    .as(answer.uri().getPath())
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("camera=()")
                            .contains("microphone=()")
                            .contains("geolocation=()"));
            assertThat(answer.headers().firstValue("Cross-Origin-Opener-Policy"))
                    .as(answer.uri().getPath())
                    .contains("same-origin");
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(answer.uri().getPath())
                    .hasValueSatisfying(
                            csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        }
    }
}
