package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Participants, maps and trajectories made the way people make them: through the pages and the API. */
final class CoachingFixtures {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private CoachingFixtures() {}

    static WebSession signedIn(int port, TestAccounts.Account account) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    /** A participant who agreed to processing and to sharing with volunteer coaches, with the coach assigned. */
    static UUID participant(WebSession coordinator, UUID coach, String name) {
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"%s","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""".formatted(name));
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        UUID participant = UUID.fromString(id.group(1));
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coach, "")
                        .statusCode())
                .isEqualTo(204);
        return participant;
    }

    /** Saves the map with the given members (id → name), all friends on the inner ring. */
    static void map(WebSession session, UUID participant, int version, Map<UUID, String> members) {
        StringBuilder json = new StringBuilder("{\"version\":" + version + ",\"members\":[");
        String separator = "";
        for (Map.Entry<UUID, String> member : members.entrySet()) {
            json.append(separator).append("""
                    {"id":"%s","name":"%s","category":"FRIEND","ring":"INNER","frequency":"WEEKLY","valence":"SUPPORTIVE",
                     "status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false}""".formatted(member.getKey(), member.getValue()));
            separator = ",";
        }
        json.append("],\"ties\":[]}");
        HttpResponse<String> saved =
                session.sendJson("PUT", "/api/v1/participants/" + participant + "/map", json.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /**
     * Two finished De Jong Gierveld 6-item measurements of the trajectory, 30 days apart and on {@code today}: the
     * first as lonely as can be (6), the second not at all (0).
     */
    static void measuredTwice(WebSession coach, UUID trajectory, LocalDate today) {
        String lonely = """
                {"instrument":"DE_JONG_GIERVELD_6","format":"THREE_CATEGORIES","measuredOn":"%s","complete":true,
                 "answers":{"SENSE_OF_EMPTINESS":"YES","MISSES_PEOPLE_AROUND":"YES","OFTEN_FEELS_REJECTED":"YES",
                            "PLENTY_TO_LEAN_ON":"NO","MANY_TO_TRUST":"NO","ENOUGH_TO_FEEL_CLOSE_TO":"NO"}}""";
        String better =
                lonely.replace("\"YES\"", "\"X\"").replace("\"NO\"", "\"YES\"").replace("\"X\"", "\"NO\"");
        assertThat(coach.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + trajectory + "/measurements",
                                lonely.formatted(today.minusDays(30)))
                        .statusCode())
                .isEqualTo(201);
        assertThat(coach.sendJson(
                                "POST", "/api/v1/trajectories/" + trajectory + "/measurements", better.formatted(today))
                        .statusCode())
                .isEqualTo(201);
    }

    /** Starts a trajectory through the page and answers its id. */
    static UUID trajectory(WebSession starter, UUID participant, UUID coach) {
        HttpResponse<String> started =
                starter.post("/trajectories", Map.of("participant", participant.toString(), "coach", coach.toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Signs in through the sign-in page, in Dutch, as a person does. */
    static void signInThroughThePage(Page page, TestAccounts.Account account) {
        Browsers.signIn(page, account.email());
    }

    static LocalDate today(MutableClock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
    }

    /**
     * The page a refused form of the trajectory page goes back to (post/redirect/get): the post answers a redirect to
     * an address that names the refusal, which is then read as a browser would.
     */
    static HttpResponse<String> refusedPage(WebSession session, HttpResponse<String> posted) {
        assertThat(posted.statusCode())
                .as("a refused form is redirected, not answered: " + posted.body())
                .isEqualTo(302);
        String location = posted.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "")
                .replaceFirst("#.*$", "");
        assertThat(location).matches("/trajectories/[0-9a-f-]{36}\\?refused=[0-9a-f-]{36}");
        return session.get(location);
    }
}
