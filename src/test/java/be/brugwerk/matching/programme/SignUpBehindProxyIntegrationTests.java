package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whoever reaches a node directly cannot pick the address the sign-up limit counts: no proxy is trusted unless
 * BRUGWERK_TRUSTED_PROXIES names it, not even one on the loopback interface.
 */
@FullStackTest
class SignUpBehindProxyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void countsTheConnectingAddressWhateverXForwardedForClaims() {
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(accounts.organisation("Proxy"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        UUID programme = ProgrammeFixtures.programme(coordinator, "Behind a proxy").programme;
        WebSession anonymous = new WebSession(port);

        for (int attempt = 0; attempt < BuddySignUp.ATTEMPTS_PER_WINDOW; attempt++) {
            assertThat(apply(anonymous, programme, "203.0.113." + attempt).statusCode())
                    .isEqualTo(200);
        }

        assertThat(apply(anonymous, programme, "198.51.100.77").statusCode()).isEqualTo(429);
    }

    private static HttpResponse<String> apply(WebSession anonymous, UUID programme, String claimedAddress) {
        anonymous.get("/join/" + programme);
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                "Applicant",
                "email",
                "applicant-" + UUID.randomUUID() + "@test.brugwerk",
                "capacity",
                "1",
                "consent",
                "true",
                "age",
                "45",
                "gender",
                "WOMAN"));
        form.putAll(IntakeLanguages.lines("nl", "NATIVE"));
        return anonymous.post("/join/" + programme, form, Map.of("X-Forwarded-For", claimedAddress));
    }
}
