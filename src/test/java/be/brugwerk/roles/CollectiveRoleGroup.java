package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up of the group page's browser tests: in a new organisation, a coordinator (signed in to the API), a meeting
 * place's collective role (4 places, a group of at least 3) and two consented participants of the coordinator, Amina
 * and Bram Groep.
 */
record CollectiveRoleGroup(Account coordinator, WebSession api, String actor, String role, UUID amina, UUID bram) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CollectiveRoleGroup made(TestAccounts accounts, int port, String organisationName) {
        UUID organisation = accounts.organisation(organisationName);
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        WebSession api = new WebSession(port);
        assertThat(api.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        String actor = id(api.sendJson("POST", "/api/v1/neighbourhood/actors", """
                {"name":"Buurtkeuken","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100}"""));
        String role = id(api.sendJson("POST", "/api/v1/neighbourhood/actors/" + actor + "/roles", """
                {"title":"Samen de buurtmaaltijd koken","talents":["COOKING"],"capacity":4,"collective":true,
                 "minimumGroup":3,"gains":["LIGHT_TIES"]}"""));
        UUID amina = accounts.consentedParticipant(organisation, "Amina Groep", "{Nederlands}", coordinator);
        UUID bram = accounts.consentedParticipant(organisation, "Bram Groep", "{Nederlands}", coordinator);
        return new CollectiveRoleGroup(coordinator, api, actor, role, amina, bram);
    }

    /** Closes ("close") or reopens ("reopen") the role through the API, as another coordinator might meanwhile. */
    void setRoleStatus(String action) {
        int version = JSON.readTree(api.getJson("/api/v1/roles/" + role).body())
                .get("version")
                .asInt();
        HttpResponse<String> done =
                api.sendJson("POST", "/api/v1/roles/" + role + "/" + action, "{\"version\":" + version + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    private static String id(HttpResponse<String> made) {
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return JSON.readTree(made.body()).get("id").asString();
    }
}
