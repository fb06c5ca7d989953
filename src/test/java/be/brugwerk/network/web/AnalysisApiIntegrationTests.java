package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The same analysis through the API as through the command line, and bad maps refused with their fault named. */
@FullStackTest
class AnalysisApiIntegrationTests {

    static final Path KARATE = Path.of("src/test/resources/network/published/karate.graphml");
    static final Path MAP = Path.of("src/test/resources/network/maps/participant-in-poverty.json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    WebSession coach;

    @BeforeEach
    void aSignedInCoach() {
        coach = new WebSession(port);
        assertThat(coach.signIn(
                        accounts.account(accounts.organisation("Analysis"), Role.VOLUNTEER_COACH)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
    }

    @Test
    void answersExactlyWhatTheCommandLinePrintsForGraphml() throws IOException {
        assertSameAsCommandLine(KARATE, "0");
    }

    @Test
    void answersExactlyWhatTheCommandLinePrintsForOurJson() throws IOException {
        assertSameAsCommandLine(MAP, null);
    }

    @Test
    void namesTheLineOfMalformedGraphml() {
        HttpResponse<String> response = post("<graphml><graph><node id=\"a\"></graph></graphml>", "a");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("line 1");
    }

    @Test
    void namesTheElementOfATieToAnUnknownMemberAndOfAnUnknownRing() {
        HttpResponse<String> unknownMember = post("""
                {"participant":"p","members":[{"id":"a","category":"FRIEND","ring":"INNER","frequency":"WEEKLY",
                "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BONDING","level":"CITY"}],
                "ties":[{"first":"a","second":"nobody"}]}""", null);
        HttpResponse<String> unknownRing = post("""
                {"participant":"p","members":[{"id":"a","category":"FRIEND","ring":"CLOSE","frequency":"WEEKLY",
                "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BONDING","level":"CITY"}]}""", null);

        assertThat(unknownMember.statusCode()).isEqualTo(400);
        assertThat(unknownMember.body()).contains("nobody");
        assertThat(unknownRing.statusCode()).isEqualTo(400);
        assertThat(unknownRing.body()).contains("ring").contains("CLOSE");
    }

    @Test
    void refusesAMapWithoutParticipantAsAWholeInTheRequestsLanguage() {
        Map<String, String> expected = Map.of(
                "nl", "participant is verplicht (een tekst die niet leeg is)",
                "fr", "participant est obligatoire (un texte non vide)",
                "en", "participant is required (a non-empty string)");

        expected.forEach((language, message) -> {
            HttpResponse<String> response =
                    coach.sendJson("POST", "/api/v1/analysis", "{\"members\":[]}", Map.of("Accept-Language", language));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            // the file as a whole is at fault: no element is named, in no language
            assertThat(problem.get("detail").asString()).isEqualTo(message);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEmpty();
            assertThat(problem.get("errors").get(0).get("code").asString())
                    .isEqualTo("exchange.bad.participantRequired");
        });
    }

    @Test
    void refusesAFiftyMegabyteUploadBeforeReadingIt() throws IOException {
        // The headers alone announce the size: the refusal comes before a byte of the body is sent.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("POST /api/v1/analysis HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: " + (50L * 1024 * 1024 + 1)
                                    + "\r\n"
                                    + "Cookie: SESSION=" + coach.sessionCookie() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void refusesAMapOverFiftyMegabytesSentWithoutItsSize() {
        byte[] huge = ("{\"participant\":\"p\",\"members\":[]," + " ".repeat(50 * 1024 * 1024) + "}")
                .getBytes(StandardCharsets.UTF_8);

        BadInput refused =
                assertThrows(BadInput.class, () -> AnalyseCommand.analyse(huge, Optional.empty(), Locale.ENGLISH));

        assertThat(refused.getMessage()).contains("50 MB");
    }

    @Test
    void asksForCredentials() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/v1/analysis"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private void assertSameAsCommandLine(Path file, String ego) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String[] args = ego == null ? new String[] {file.toString()} : new String[] {"--ego", ego, file.toString()};
        assertThat(AnalyseCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isZero();
        coach.get("/?lang=en");

        HttpResponse<String> api = post(Files.readString(file), ego);

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body().strip())
                .isEqualTo(printed.toString(StandardCharsets.UTF_8).strip());
    }

    private HttpResponse<String> post(String body, String ego) {
        return coach.sendJson("POST", "/api/v1/analysis" + (ego == null ? "" : "?ego=" + ego), body);
    }
}
