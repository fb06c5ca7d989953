package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text no field takes (NUL, other control characters, half a character, a line break in a single-line field) is
 * refused with 400 naming the field, on pages and in the API, before PostgreSQL sees it; and what fails before any
 * controller (a URL too long to read, the error page asked for directly) still gets a proper answer.
 */
@FullStackTest
class TextInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(accounts.organisation("Text input"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
    }

    @Test
    void refusesNulInAJsonBodyNamingTheField() {
        HttpResponse<String> refused = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Ali\\u0000\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(refused.body())
                .contains("\"field\":\"name\"")
                .contains("\"code\":\"input.text.controlCharacter\"")
                .contains("control character");
    }

    @Test
    void refusesHalfACharacterAndALineBreakInASingleLineFieldButNotInATextArea() {
        HttpResponse<String> halfCharacter = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Ali\",\"municipality\":\"Gent\\ud800\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> lineBreak = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Ali\\nBaba\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> textArea = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Ali\",\"lifeSituation\":\"Two lines:\\nfirst\\tand second\","
                        + "\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        assertThat(halfCharacter.statusCode()).as(halfCharacter.body()).isEqualTo(400);
        assertThat(halfCharacter.body()).contains("\"field\":\"municipality\"");
        assertThat(lineBreak.statusCode()).as(lineBreak.body()).isEqualTo(400);
        assertThat(lineBreak.body()).contains("\"field\":\"name\"").contains("\"code\":\"input.text.lineBreak\"");
        assertThat(textArea.statusCode()).as(textArea.body()).isEqualTo(201);
    }

    @Test
    void namesTheFieldInTheLanguageTheRequestAsksFor() {
        HttpResponse<String> refused = coordinator.send(HttpRequest.newBuilder(coordinator.uri("/api/v1/participants"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "fr")
                .header("X-CSRF-TOKEN", csrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ali\\u0000\"}")));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"name\"").contains("caractère de contrôle");
    }

    @Test
    void refusesANullInsideAListOfABodyNamingTheElement() {
        UUID organisation = accounts.organisation("Null elements");
        TestAccounts.Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        TestAccounts.Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        UUID participant = accounts.consentedParticipant(
                organisation, "Yusuf Null", "{Nederlands}", coordinatorAccount, volunteer);
        WebSession coach = accounts.signedIn(volunteer);

        HttpResponse<String> companions = coach.sendJson(
                "POST",
                "/api/v1/participants/" + participant + "/places",
                "{\"kind\":\"LIBRARY\",\"name\":\"Bib\",\"latitude\":51.05,\"longitude\":3.72,"
                        + "\"going\":\"WOULD_LIKE\",\"companions\":[null]}");
        HttpResponse<String> entries = coach.sendJson(
                "PUT",
                "/api/v1/participants/" + participant + "/talents",
                "{\"version\":0,\"entries\":[{\"kind\":\"SKILL\",\"frame\":\"HANDS\",\"text\":\"Soup\"},null]}");
        HttpResponse<String> languages = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Ali\",\"languages\":[\"nl\",null],\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        assertThat(companions.statusCode()).as(companions.body()).isEqualTo(400);
        assertThat(companions.body())
                .contains("\"field\":\"companions[0]\"")
                .contains("\"code\":\"input.nullElement\"");
        assertThat(entries.statusCode()).as(entries.body()).isEqualTo(400);
        assertThat(entries.body()).contains("\"field\":\"entries[1]\"");
        assertThat(languages.statusCode()).as(languages.body()).isEqualTo(400);
        assertThat(languages.body()).contains("\"field\":\"languages[1]\"");
        assertThat(coach.getJson("/api/v1/participants/" + participant + "/places")
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void cleansANameOfWhatCanDisguiseItButKeepsTheJoinersScriptsNeed() {
        HttpResponse<String> override = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Ann\\u202Enhoj\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> zeroWidth = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"\\uFEFFAli\\u200B\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> persian = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"\\u0645\\u0647\\u0631\\u200C\\u0646\\u0648\\u0634\","
                        + "\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        assertThat(override.statusCode()).as(override.body()).isEqualTo(201);
        assertThat(override.body()).contains("\"name\":\"Annnhoj\"").doesNotContain("\u202E");
        assertThat(zeroWidth.statusCode()).as(zeroWidth.body()).isEqualTo(201);
        assertThat(zeroWidth.body()).contains("\"name\":\"Ali\"");
        assertThat(persian.statusCode()).as(persian.body()).isEqualTo(201);
        assertThat(persian.body()).contains("\u0645\u0647\u0631\u200C\u0646\u0648\u0634");
    }

    @Test
    void storesTheNameOfAPageFormWithoutAnOverride() {
        coordinator.get("/participants/new");

        HttpResponse<String> saved = coordinator.post(
                "/participants",
                Map.of("name", "Ann\u202Enhoj\u2066", "municipality", "Gent", "consentProcessing", "true"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String found = coordinator.getJson("/api/v1/participants?q=Annnhoj").body();
        assertThat(found)
                .contains("\"name\":\"Annnhoj\"")
                .doesNotContain("\u202E")
                .doesNotContain("\u2066");
    }

    @Test
    void storesANameGivenAsASingleRequestParameterWithoutAZeroWidthSpace() {
        UUID organisation = accounts.organisation("Text input");
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(
                        accounts.account(organisation, Role.ORGANISATION_ADMIN).email(), TestAccounts.PASSWORD))
                .isTrue();
        String email = "hidden-" + UUID.randomUUID() + "@test.brugwerk";

        HttpResponse<String> invited = admin.post(
                "/accounts",
                Map.of("displayName", "Nieuwe\u200B collega\u202E", "email", email, "role", "COORDINATOR"));

        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(302);
        assertThat(accounts.owner()
                        .sql("select display_name from account where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Nieuwe collega");
    }

    @Test
    void savesAMapWhoseMemberNameHoldsAZeroWidthSpaceAndStoresTheNameWithoutIt() {
        Matcher created = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"")
                .matcher(coordinator
                        .sendJson(
                                "POST",
                                "/api/v1/participants",
                                "{\"name\":\"Mapped\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}")
                        .body());
        assertThat(created.find()).isTrue();
        String map = "/api/v1/participants/" + created.group(1) + "/map";

        HttpResponse<String> saved = coordinator.sendJson("PUT", map, """
                {"version":0,"members":[
                  {"id":"%s","name":"Buur\\u200Bman","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BRIDGING",
                   "level":"NEIGHBOURHOOD","lightTie":false}],"ties":[]}""".formatted(UUID.randomUUID()));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(coordinator.getJson(map).body())
                .contains("\"name\":\"Buurman\"")
                .doesNotContain("\u200B");
    }

    @Test
    void refusesNulInAQueryParameterNamingIt() {
        HttpResponse<String> api = coordinator.getJson("/api/v1/participants?q=Ali%00");
        coordinator.get("/?lang=en");
        HttpResponse<String> page = coordinator.get("/participants?q=Ali%00");

        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"q\"");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("“q” holds a character that is not text");
    }

    @Test
    void showsTheFormAgainWithTheMessageWhenAFieldHoldsNul() {
        coordinator.get("/participants/new?lang=en");
        coordinator.get("/participants/new");

        HttpResponse<String> refused = coordinator.post(
                "/participants", Map.of("name", "Ali\u0000", "municipality", "Gent", "consentProcessing", "true"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("“name” holds a character that is not text")
                .contains("value=\"Gent\"")
                .contains("<form");
    }

    @Test
    void refusesNulInTheEmailOfTheSignInForm() {
        WebSession stranger = new WebSession(port);
        stranger.get("/login?lang=en");
        stranger.get("/login");

        HttpResponse<String> refused =
                stranger.post("/login", Map.of("email", "someone\u0000@test.brugwerk", "password", "whatever it is"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("“email” holds a character that is not text");
    }

    @Test
    void answersAUrlTooLongToReadWithAProblem() {
        String path = "/api/v1/participants/" + "x".repeat(10_000);

        HttpResponse<String> refused = coordinator.getJson(path);

        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(refused.body())
                .contains("\"status\":" + refused.statusCode())
                .doesNotContain("<html");
    }

    @Test
    void answersTheErrorPageAskedForDirectlyWithoutAServerError() {
        HttpResponse<String> page = coordinator.get("/error");
        HttpResponse<String> problem = coordinator.getJson("/error");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(problem.statusCode()).isEqualTo(404);
    }

    private String csrf() {
        String page = coordinator.get("/").body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
