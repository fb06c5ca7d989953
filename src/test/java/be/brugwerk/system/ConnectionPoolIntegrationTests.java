package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.OneConnectionPerThread;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An office opening its maps at nine o'clock: four times as many signed-in requests at once as the pool has
 * connections (the pool at its production size, a short wait for a connection), and every one is answered.
 * Before, each request held a connection for its transaction while loading its session through a second one,
 * and a full pool waited on itself until the connection timeout.
 */
@FullStackTest
class ConnectionPoolIntegrationTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Test
    void answersFourTimesThePoolSizeOfConcurrentSignedInRequests() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        assertThat(pool.getConnectionTimeout()).isLessThanOrEqualTo(2_000);
        int concurrent = 4 * pool.getMaximumPoolSize();

        UUID organisation = accounts.organisation("Nine o'clock");
        WebSession coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        List<WebSession> coaches = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
            Matcher id = ID.matcher(coordinator
                    .sendJson("POST", "/api/v1/participants", """
                    {"name":"Early %d","consents":[{"purpose":"PROCESSING"},
                    {"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""".formatted(i))
                    .body());
            assertThat(id.find()).isTrue();
            coordinator.sendJson("PUT", "/api/v1/participants/" + id.group(1) + "/caseload/" + coach.id(), "");
            participants.add(id.group(1));
            coaches.add(accounts.signedIn(coach));
        }

        List<String> refusedBefore = OneConnectionPerThread.refusals();
        ExecutorService office = Executors.newFixedThreadPool(concurrent);
        try {
            CountDownLatch nineOClock = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                WebSession coach = coaches.get(i % coaches.size());
                String participant = participants.get(i % participants.size());
                String path = switch (i % 4) {
                    case 0 -> "/participants/" + participant + "/map";
                    case 1 -> "/api/v1/participants/" + participant + "/map";
                    case 2 -> "/participants";
                    default -> "/css/brugwerk.css";
                };
                answers.add(office.submit(() -> {
                    nineOClock.await();
                    HttpResponse<String> response = path.startsWith("/api") ? coach.getJson(path) : coach.get(path);
                    return response.statusCode() + " " + path;
                }));
            }
            nineOClock.countDown();

            for (Future<String> answer : answers) {
                assertThat(answer.get()).startsWith("200 ");
            }
        } finally {
            office.shutdownNow();
        }
        assertThat(OneConnectionPerThread.refusals()).isEqualTo(refusedBefore);
    }
}
