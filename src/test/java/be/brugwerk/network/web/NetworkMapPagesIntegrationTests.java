package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the editor relies on, over real HTTP on real PostgreSQL: a member keeps the angle it was dropped at, an angle
 * off the circle is refused naming the field, the last change names who made it, and the printed map leaves out
 * valence and notes unless asked.
 */
@FullStackTest
class NetworkMapPagesIntegrationTests {

    private static final String MAP = """
            {"version":%d,"members":[{"id":"%s","name":"Tante","category":"FAMILY","ring":"MIDDLE",
             "frequency":"MONTHLY","valence":"HARMFUL","status":"ACTIVE","capitalType":"BONDING","level":"CITY",
             "lightTie":false,"note":"geheime notitie","angle":%s}],"ties":[]}""";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    WebSession coordinator;
    UUID participant;

    @BeforeEach
    void aParticipantAndTheirCoordinator() {
        UUID organisation = accounts.organisation("Pages organisation");
        Account account = accounts.account(organisation, Role.COORDINATOR);
        participant = UUID.randomUUID();
        Tenancy.runAs(
                organisation,
                () -> transactions.executeWithoutResult(tx -> {
                    jdbc.sql(
                                    "insert into participant (id, organisation_id, name, created_at) values (?, ?, 'Pages participant', now())")
                            .params(participant, organisation)
                            .update();
                    jdbc.sql("""
                    insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at, recorded_by)
                    values (?, ?, ?, 'PROCESSING', '{}', now(), ?)""")
                            .params(UUID.randomUUID(), organisation, participant, account.id())
                            .update();
                }));
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void drawsTheEditorsKeptPanelsInTheLanguageOfEachRequest() {
        // the member form and the legend are drawn once per language and kept (LocaleFragments): each language must
        // get its own, also after another language asked first, and the first again when it comes back
        String[][] languages = {
            {"nl", "Netwerklid toevoegen", "Legende", "Add a member"},
            {"fr", "Ajouter un membre", "Légende", "Netwerklid toevoegen"},
            {"en", "Add a member", "Legend", "Ajouter un membre"},
            {"nl", "Netwerklid toevoegen", "Legende", "Ajouter un membre"}
        };
        for (String[] language : languages) {
            HttpResponse<String> page = coordinator.get("/participants/" + participant + "/map?lang=" + language[0]);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("lang=\"" + language[0] + "\"")
                    .contains(">" + language[1] + "<")
                    .doesNotContain(">" + language[3] + "<");
            Matcher legend =
                    Pattern.compile("id=\"legend-heading\"[^>]*>([^<]+)<").matcher(page.body());
            assertThat(legend.find()).isTrue();
            assertThat(legend.group(1)).isEqualTo(language[2]);
        }
    }

    @Test
    void keepsTheAngleAMemberWasDroppedAt() {
        UUID member = UUID.randomUUID();
        assertThat(put(MAP.formatted(0, member, "123.5")).statusCode()).isEqualTo(200);
        assertThat(coordinator.getJson(map()).body()).contains("\"angle\":123.5");
        assertThat(put(MAP.formatted(1, member, "null")).statusCode()).isEqualTo(200);
        assertThat(coordinator.getJson(map()).body()).contains("\"angle\":null");
    }

    @Test
    void refusesAnAngleOffTheCircleNamingTheField() {
        for (String angle : List.of("360", "-1")) {
            HttpResponse<String> refused = put(MAP.formatted(0, UUID.randomUUID(), angle));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("members[0].angle");
        }
        assertThat(coordinator.getJson(map()).body()).contains("\"version\":0");
    }

    @Test
    void namesWhoChangedTheMapLast() {
        assertThat(coordinator
                        .getJson("/participants/" + participant + "/map/last-change")
                        .body())
                .isEqualTo("{}");
        put(MAP.formatted(0, UUID.randomUUID(), "10"));
        String lastChange = coordinator
                .getJson("/participants/" + participant + "/map/last-change")
                .body();
        assertThat(lastChange)
                .contains("\"version\":1")
                .contains("\"by\":\"Test COORDINATOR\"")
                .contains("\"at\":\"");
    }

    @Test
    void printsValenceAndNotesOnlyWhenTicked() {
        put(MAP.formatted(0, UUID.randomUUID(), "10"));
        String plain = coordinator
                .get("/participants/" + participant + "/map/print?language=en")
                .body();
        assertThat(plain)
                .contains("Tante")
                .doesNotContain("geheime notitie")
                .doesNotContain("HARMFUL")
                .doesNotContain(">harmful<");
        String ticked = coordinator
                .get("/participants/" + participant + "/map/print?language=en&valence=true&notes=true")
                .body();
        assertThat(ticked).contains("geheime notitie").contains("HARMFUL").contains(">harmful<");
    }

    @Test
    void answersNotFoundForAVersionOfAnotherMap() {
        HttpResponse<String> response = coordinator.get("/participants/" + participant + "/map/compare?first="
                + UUID.randomUUID() + "&second=" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void drawsBothComparedVersionsSideBySideWithoutNotesOrValence() {
        UUID member = UUID.randomUUID();
        put(MAP.formatted(0, member, "10"));
        String first = keptVersion();
        put(MAP.formatted(1, member, "10").replace("\"MIDDLE\"", "\"INNER\""));
        String second = keptVersion();

        String page = coordinator
                .get("/participants/" + participant + "/map/compare?first=" + first + "&second=" + second)
                .body();
        Matcher drawn = Pattern.compile("id=\"compared-map-(before|after)\"[^>]*data-map=\"([^\"]*)\"")
                .matcher(page);
        List<String> maps = new ArrayList<>();
        while (drawn.find()) {
            maps.add(drawn.group(1) + " " + drawn.group(2));
        }
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0)).startsWith("before").contains("&quot;ring&quot;:&quot;MIDDLE&quot;");
        assertThat(maps.get(1)).startsWith("after").contains("&quot;ring&quot;:&quot;INNER&quot;");
        assertThat(maps)
                .allSatisfy(map -> assertThat(map)
                        .contains("Tante")
                        .doesNotContain("geheime notitie")
                        .doesNotContain("HARMFUL"));
    }

    private String keptVersion() {
        HttpResponse<String> kept =
                coordinator.sendJson("POST", "/api/v1/participants/" + participant + "/map/versions", "");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(kept.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private HttpResponse<String> put(String body) {
        return coordinator.sendJson("PUT", map(), body);
    }

    private String map() {
        return "/api/v1/participants/" + participant + "/map";
    }
}
