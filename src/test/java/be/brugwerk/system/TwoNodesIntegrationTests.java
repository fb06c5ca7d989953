package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.BrugwerkApplication;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.database.DatabaseConnections;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a session started on one continues on
 * the other, and signing out on one ends it on both.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

    @LocalServerPort
    int portOfNodeA;

    @Autowired
    DatabaseConnections connections;

    @Autowired
    MutableClock clock;

    @Autowired
    TestAccounts accounts;

    ConfigurableApplicationContext nodeB;
    int portOfNodeB;

    @BeforeAll
    void startASecondNodeOnTheSameDatabase() {
        nodeB = new SpringApplicationBuilder(BrugwerkApplication.class)
                // the same (test) time on both nodes, as servers synchronised by NTP have
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", (Clock) clock))
                .run(
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--brugwerk.demo=false",
                        "--brugwerk.database.url=" + connections.url(),
                        "--brugwerk.public-url=https://brugwerk.test",
                        "--brugwerk.database.owner-user=" + connections.ownerUser(),
                        "--brugwerk.database.owner-password=" + connections.ownerPassword(),
                        "--brugwerk.database.app-user=" + connections.appUser(),
                        "--brugwerk.database.app-password=" + connections.appPassword());
        portOfNodeB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    @AfterAll
    void stopTheSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void continuesOnNodeBASessionStartedOnNodeAAndEndsItOnBothAtSignOut() {
        Account coordinator = accounts.account(accounts.organisation("Two nodes"), Role.COORDINATOR);
        WebSession onA = new WebSession(portOfNodeA);
        assertThat(onA.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        String session = onA.sessionCookie();

        assertThat(getWithSession(portOfNodeB, session, "/").statusCode()).isEqualTo(200);
        assertThat(getWithSession(portOfNodeB, session, "/").body()).contains("Test COORDINATOR");

        onA.post("/logout", Map.of());

        HttpResponse<String> afterSignOut = getWithSession(portOfNodeB, session, "/");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void countsFailedSignInsAcrossNodes() {
        Account coach = accounts.account(accounts.organisation("Two nodes throttle"), Role.VOLUNTEER_COACH);
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = attempt % 2 == 0 ? portOfNodeA : portOfNodeB;
            assertThat(new WebSession(port).signIn(coach.email(), "wrong " + UUID.randomUUID()))
                    .isFalse();
        }

        assertThat(new WebSession(portOfNodeB).signIn(coach.email(), TestAccounts.PASSWORD))
                .isFalse();
        assertThat(new WebSession(portOfNodeA).signIn(coach.email(), TestAccounts.PASSWORD))
                .isFalse();
    }

    private static HttpResponse<String> getWithSession(int port, String session, String path) {
        WebSession client = new WebSession(port);
        return client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Cookie", "SESSION=" + session)
                .header("Accept", "text/html")
                .GET());
    }
}
