package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The map API refuses a member's status date outside 1900-01-01 .. today, naming the field: saved or imported. */
@FullStackTest
class MemberDateApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    WebSession coach;
    UUID participant;

    @BeforeEach
    void aCoachedParticipant() {
        CoachedParticipants given = CoachedParticipants.in(accounts, port, "Member dates");
        coach = given.coachSession();
        participant = given.participant();
    }

    @Test
    void refusesAStatusDateBeyondTheCalendarBefore1900OrAfterToday() {
        for (String wrong : new String[] {
            "+99999-01-01",
            "-0500-01-01",
            "1899-12-31",
            LocalDate.now(clock).plusDays(1).toString()
        }) {
            HttpResponse<String> answer = save(wrong);

            assertThat(answer.statusCode()).as(wrong).isEqualTo(400);
            assertThat(answer.body())
                    .as(wrong)
                    .contains("members[0].statusSince")
                    .contains("must be a date from 1900-01-01 until today");
        }
        assertThat(save(LocalDate.now(clock).toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAStatusDateBeyondTheCalendarBefore1900OrAfterTodayInAnImportedMapFile() {
        for (String wrong : new String[] {
            "+99999-01-01",
            "-0500-01-01",
            "1899-12-31",
            LocalDate.now(clock).plusDays(1).toString()
        }) {
            for (String query : new String[] {"preview=true", "version=0"}) {
                HttpResponse<String> answer = coach.sendJson(
                        "POST", "/api/v1/participants/" + participant + "/map/import?" + query, file(wrong));

                assertThat(answer.statusCode()).as(wrong + " " + query).isEqualTo(400);
                assertThat(answer.body())
                        .as(wrong)
                        .contains("\"field\":\"members[0].statusSince\"")
                        .containsAnyOf("\"code\":\"date.beforeEarliest\"", "\"code\":\"date.inTheFuture\"");
            }
        }
        assertThat(coach.getJson("/api/v1/participants/" + participant + "/map").body())
                .doesNotContain("Buurman");
        assertThat(coach.sendJson(
                                "POST",
                                "/api/v1/participants/" + participant + "/map/import?version=0",
                                file(LocalDate.now(clock).toString()))
                        .statusCode())
                .isEqualTo(200);
    }

    private static String file(String statusSince) {
        return """
                {"version":0,"members":[
                  {"id":"%s","name":"Buurman","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "valence":"SUPPORTIVE","status":"DORMANT","statusSince":"%s","capitalType":"BRIDGING",
                   "level":"NEIGHBOURHOOD","lightTie":false}],"ties":[]}""".formatted(UUID.randomUUID(), statusSince);
    }

    private HttpResponse<String> save(String statusSince) {
        HttpResponse<String> current = coach.getJson("/api/v1/participants/" + participant + "/map");
        String version = current.body().replaceAll("(?s).*\"version\"\\s*:\\s*(\\d+).*", "$1");
        return coach.sendJson("PUT", "/api/v1/participants/" + participant + "/map", """
                {"version":%s,"members":[
                  {"id":"%s","name":"Buurman","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "valence":"SUPPORTIVE","status":"DORMANT","statusSince":"%s","capitalType":"BRIDGING",
                   "level":"NEIGHBOURHOOD","lightTie":false}],"ties":[]}""".formatted(
                        version, UUID.randomUUID(), statusSince));
    }
}
