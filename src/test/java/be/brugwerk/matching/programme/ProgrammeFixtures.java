package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.ProgrammeForms;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A coordinator's programme built through the real pages, in domain words. */
final class ProgrammeFixtures {

    private static final Pattern UUID_IN_LOCATION = Pattern.compile("/([0-9a-f-]{36})$");

    private final WebSession coordinator;
    final UUID programme;

    private ProgrammeFixtures(WebSession coordinator, UUID programme) {
        this.coordinator = coordinator;
        this.programme = programme;
    }

    /** The same programme, worked on in another session (after signing in again). */
    ProgrammeFixtures as(WebSession session) {
        return new ProgrammeFixtures(session, programme);
    }

    static ProgrammeFixtures programme(WebSession coordinator, String name) {
        HttpResponse<String> created = coordinator.post("/programmes", ProgrammeForms.settings(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        follow(coordinator, created);
        return new ProgrammeFixtures(coordinator, idIn(created));
    }

    /** A participant registered with processing consent and, if asked, matching consent; put on the waiting list. */
    UUID waitingParticipant(String name, boolean matchingConsent) {
        Map<String, String> form = new HashMap<>(Map.of("name", name, "consentProcessing", "true"));
        if (matchingConsent) {
            form.put("consentMatching", "true");
        }
        UUID participant = idIn(follow(coordinator, coordinator.post("/participants", form)));
        Map<String, String> intake = new HashMap<>(
                Map.of("participant", participant.toString(), "age", "34", "gender", "WOMAN", "interests", "koken"));
        intake.putAll(IntakeLanguages.lines("nl", "A2", "ar", "NATIVE"));
        HttpResponse<String> added = coordinator.post("/programmes/" + programme + "/waiting", intake);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        follow(coordinator, added);
        return participant;
    }

    /**
     * A buddy registered by the coordinator and approved; answers the buddy's id and the link to set a password, from
     * the invitation mail (the coordinator never sees it).
     */
    Buddy approvedBuddy(String name, String email) {
        UUID id = appliedBuddy(name, email, "1");
        HttpResponse<String> approved = coordinator.post(
                "/programmes/" + programme + "/buddies/" + id + "/approve", Map.of("intakeHeld", "true"));
        assertThat(approved.statusCode()).isEqualTo(302);
        String page = coordinator.get("/programmes/" + programme + "/buddies").body();
        assertThat(page).as("the coordinator never sees the link").doesNotContain("token=");
        return new Buddy(id, TestMail.linkTo(email));
    }

    UUID appliedBuddy(String name, String email, String capacity) {
        HttpResponse<String> registered =
                coordinator.post("/programmes/" + programme + "/buddies", ProgrammeForms.buddy(name, email, capacity));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        return buddyIds().get(name);
    }

    Map<String, UUID> buddyIds() {
        String page = coordinator.get("/programmes/" + programme + "/buddies").body();
        Map<String, UUID> ids = new HashMap<>();
        Matcher row = Pattern.compile("data-buddy-id=\"([0-9a-f-]{36})\">\\s*<td>([^<]+)</td>")
                .matcher(page);
        while (row.find()) {
            ids.put(row.group(2), UUID.fromString(row.group(1)));
        }
        return ids;
    }

    HttpResponse<String> run() {
        return follow(coordinator, coordinator.post("/programmes/" + programme + "/runs", Map.of()));
    }

    /** Goes where a redirect leads, as a browser does: the notice it carries is shown there, and used up. */
    static HttpResponse<String> follow(WebSession session, HttpResponse<String> response) {
        response.headers()
                .firstValue("Location")
                .filter(location -> response.statusCode() == 302)
                .ifPresent(location -> session.get(location.replaceFirst("^https?://[^/]+", "")));
        return response;
    }

    record Buddy(UUID id, String activationLink) {

        /** The buddy's own session, after choosing a password through the link of their invitation. */
        WebSession activated(int port, String email) {
            WebSession session = new WebSession(port);
            String token = activationLink.substring(activationLink.indexOf('=') + 1);
            session.post("/activate", Map.of("token", token, "password", TestAccounts.PASSWORD));
            assertThat(session.signIn(email, TestAccounts.PASSWORD)).isTrue();
            return session;
        }
    }

    static UUID idIn(HttpResponse<String> response) {
        Matcher id = UUID_IN_LOCATION.matcher(
                response.headers().firstValue("Location").orElse(""));
        assertThat(id.find())
                .as("a redirect to what was made: " + response.statusCode())
                .isTrue();
        return UUID.fromString(id.group(1));
    }
}
