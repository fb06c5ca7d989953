package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.ProgrammeForms;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the homes show, made the way people make it: participants, maps, trajectories, actions and sessions through
 * the pages and the API as coordinators and coaches do; a buddy programme with a waiting list, an approved buddy who
 * set their password from the invitation mail, and pairs fixed and accepted by the coordinator.
 */
final class HomeFixtures {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern ID_IN_LOCATION = Pattern.compile("/([0-9a-f-]{36})$");

    private final int port;

    HomeFixtures(int port) {
        this.port = port;
    }

    WebSession signedIn(TestAccounts.Account account) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    static LocalDate today(MutableClock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
    }

    /** A participant with processing, sharing (with volunteer coaches) and matching consent, on the coach's caseload. */
    static UUID participant(WebSession coordinator, UUID coach, String name) {
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"%s","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]},
                 {"purpose":"MATCHING"}]}""".formatted(name));
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        UUID participant = UUID.fromString(id.group(1));
        if (coach != null) {
            assertThat(coordinator
                            .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coach, "")
                            .statusCode())
                    .isEqualTo(204);
        }
        return participant;
    }

    /** Saves the participant's map with one member: a change of the map. */
    static void map(WebSession coach, UUID participant) {
        HttpResponse<String> saved =
                coach.sendJson("PUT", "/api/v1/participants/" + participant + "/map", """
                {"version":0,"members":[{"id":"%s","name":"Zus","category":"FAMILY","ring":"INNER","frequency":"WEEKLY",
                 "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false}],
                 "ties":[]}""".formatted(UUID.randomUUID()));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    static UUID trajectory(WebSession starter, UUID participant, UUID coach) {
        HttpResponse<String> started =
                starter.post("/trajectories", Map.of("participant", participant.toString(), "coach", coach.toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        return idIn(started);
    }

    static void action(WebSession coach, UUID trajectory, String description, LocalDate dueOn) {
        HttpResponse<String> added = coach.post(
                "/trajectories/" + trajectory + "/actions",
                Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        description,
                        "performer",
                        "PARTICIPANT",
                        "dueOn",
                        dueOn.toString()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    }

    static void session(WebSession coach, UUID trajectory, LocalDate heldOn) {
        HttpResponse<String> logged = coach.post(
                "/trajectories/" + trajectory + "/sessions",
                Map.of(
                        "heldOn",
                        heldOn.toString(),
                        "durationMinutes",
                        "45",
                        "place",
                        "Thuis",
                        "note",
                        "",
                        "noteVisibility",
                        "PRIVATE"));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(302);
    }

    static void roundTable(WebSession coach, UUID trajectory, LocalDate plannedOn) {
        HttpResponse<String> planned = coach.post(
                "/trajectories/" + trajectory + "/round-tables",
                Map.of("plannedOn", plannedOn.toString(), "agenda", "Wie helpt mee?", "participantCentral", "true"));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);
    }

    /** A programme of the coordinator, with check-ins every 14 days. */
    static UUID programme(WebSession coordinator, String name) {
        Map<String, String> form = ProgrammeForms.settings(name);
        form.put("maxCapacity", "3");
        HttpResponse<String> created = coordinator.post("/programmes", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return idIn(created);
    }

    /** Puts the participant on the programme's waiting list; answers the waiting entry's id. */
    static UUID waiting(WebSession coordinator, UUID programme, UUID participant, String name) {
        Map<String, String> intake = new HashMap<>(
                Map.of("participant", participant.toString(), "age", "34", "gender", "WOMAN", "interests", "koken"));
        intake.putAll(IntakeLanguages.lines("nl", "A2"));
        HttpResponse<String> added = coordinator.post("/programmes/" + programme + "/waiting", intake);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        Matcher option = Pattern.compile(
                        "data-participant-id=\"" + participant + "\"[\\s\\S]*?/waiting/([0-9a-f-]{36})/edit")
                .matcher(coordinator.get("/programmes/" + programme).body());
        assertThat(option.find()).as("waiting entry of " + name).isTrue();
        return UUID.fromString(option.group(1));
    }

    /** A buddy (room for three) registered, approved and signed in with the password they set from the mail. */
    WebSession buddy(WebSession coordinator, UUID programme, String name, String email, UUID[] id) {
        HttpResponse<String> registered =
                coordinator.post("/programmes/" + programme + "/buddies", ProgrammeForms.buddy(name, email, "3"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        Matcher row = Pattern.compile("data-buddy-id=\"([0-9a-f-]{36})\">\\s*<td>" + Pattern.quote(name) + "</td>")
                .matcher(
                        coordinator.get("/programmes/" + programme + "/buddies").body());
        assertThat(row.find()).isTrue();
        id[0] = UUID.fromString(row.group(1));
        assertThat(coordinator
                        .post(
                                "/programmes/" + programme + "/buddies/" + id[0] + "/approve",
                                Map.of("intakeHeld", "true"))
                        .statusCode())
                .isEqualTo(302);
        String link = TestMail.linkTo(email);
        WebSession buddy = new WebSession(port);
        buddy.post(
                "/activate", Map.of("token", link.substring(link.indexOf('=') + 1), "password", TestAccounts.PASSWORD));
        assertThat(buddy.signIn(email, TestAccounts.PASSWORD)).isTrue();
        return buddy;
    }

    /** The coordinator fixes a pair by hand (a proposal to decide); answers the pair's id. */
    static UUID fix(WebSession coordinator, UUID programme, UUID waitingEntry, String participantName, UUID buddy) {
        HttpResponse<String> fixed = coordinator.post(
                "/programmes/" + programme + "/pairs",
                Map.of("waitingEntry", waitingEntry.toString(), "buddy", buddy.toString()));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(302);
        Matcher pair = Pattern.compile(
                        "data-pair-id=\"([0-9a-f-]{36})\">\\s*<p><strong>" + Pattern.quote(participantName))
                .matcher(coordinator.get("/programmes/" + programme).body());
        assertThat(pair.find()).as("the proposal of " + participantName).isTrue();
        return UUID.fromString(pair.group(1));
    }

    static void accept(WebSession coordinator, UUID programme, UUID pair) {
        assertThat(coordinator
                        .post("/programmes/" + programme + "/pairs/" + pair + "/accept", Map.of())
                        .statusCode())
                .isEqualTo(302);
    }

    private static UUID idIn(HttpResponse<String> response) {
        Matcher id =
                ID_IN_LOCATION.matcher(response.headers().firstValue("Location").orElse(""));
        assertThat(id.find())
                .as("a redirect to what was made: " + response.statusCode())
                .isTrue();
        return UUID.fromString(id.group(1));
    }
}
