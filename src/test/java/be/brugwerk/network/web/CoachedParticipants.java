package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A participant registered by a coordinator over the API, shared with and assigned to a volunteer coach. */
record CoachedParticipants(UUID participant, Account coach, WebSession coachSession) {

    static CoachedParticipants in(TestAccounts accounts, int port, String organisationName) {
        UUID organisation = accounts.organisation(organisationName);
        WebSession coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"")
                .matcher(coordinator
                        .sendJson("POST", "/api/v1/participants", """
                {"name":"Mapped","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""")
                        .body());
        assertThat(id.find()).isTrue();
        UUID participant = UUID.fromString(id.group(1));
        coordinator.sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coach.id(), "");
        return new CoachedParticipants(participant, coach, signedIn(port, coach));
    }

    String mapPath() {
        return "/api/v1/participants/" + participant + "/map";
    }

    private static WebSession signedIn(int port, Account account) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }
}
