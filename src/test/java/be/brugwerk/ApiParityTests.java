package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Endpoints;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page can change, a script can change through {@code /api/v1}: every page endpoint that changes something
 * (POST, PUT, PATCH or DELETE outside {@code /api/}, read from Spring MVC at run time) has an entry in
 * {@link #PAGE_ACTIONS}, naming the API operation that does the same, which must exist and be described in the
 * OpenAPI document. A new page action without an entry fails here. Only a page that is a browser's by nature (a
 * form for the public, a one-time link from an e-mail, the making of API tokens) is listed as such, with why; what
 * is not yet there is listed as such and named in the README, which says so.
 */
@FullStackTest
class ApiParityTests {

    /** What a page action is on the API: an operation that does the same, or why there is none. */
    sealed interface Counterpart {}

    /** The API operation ({@code "PUT /api/v1/..."}) that does what the page does. */
    record Api(String operation) implements Counterpart {}

    /** A page only a browser uses, with the reason. */
    record BrowserOnly(String reason) implements Counterpart {}

    /** Not yet under the API: the README's table lists it among what is only on the pages for now. */
    record NotYet(String inReadme) implements Counterpart {}

    static final Map<String, Counterpart> PAGE_ACTIONS = new LinkedHashMap<>();

    private static void api(String page, String operation) {
        PAGE_ACTIONS.put(page, new Api(operation));
    }

    static {
        // participants and their consents
        api("POST /participants", "POST /api/v1/participants");
        api("POST /participants/{id}", "PUT /api/v1/participants/{id}");
        api("POST /participants/{id}/archive", "POST /api/v1/participants/{id}/archive");
        api("POST /participants/{id}/caseload", "PUT /api/v1/participants/{id}/caseload/{accountId}");
        api(
                "POST /participants/{id}/caseload/{accountId}/remove",
                "DELETE /api/v1/participants/{id}/caseload/{accountId}");
        api("POST /participants/{id}/consents", "POST /api/v1/participants/{id}/consents");
        api(
                "POST /participants/{id}/consents/{purpose}/withdraw",
                "DELETE /api/v1/participants/{id}/consents/{purpose}");
        // network map
        api("POST /participants/{participant}/map/versions", "POST /api/v1/participants/{participant}/map/versions");
        // the page's preview is the API import with preview=true
        api(
                "POST /participants/{participant}/map/exchange/preview",
                "POST /api/v1/participants/{participant}/map/import");
        api(
                "POST /participants/{participant}/map/exchange/import",
                "POST /api/v1/participants/{participant}/map/import");
        // talents and places
        api("POST /participants/{participant}/talents", "PUT /api/v1/participants/{participant}/talents");
        api("POST /participants/{participant}/places", "POST /api/v1/participants/{participant}/places");
        api("POST /participants/{participant}/places/{place}", "PUT /api/v1/participants/{participant}/places/{place}");
        api("POST /participants/{participant}/places/lookup", "POST /api/v1/participants/{participant}/places/lookup");
        api(
                "POST /participants/{participant}/places/{place}/remove",
                "DELETE /api/v1/participants/{participant}/places/{place}");
        // trajectories
        api("POST /trajectories", "POST /api/v1/trajectories");
        api("POST /trajectories/{id}/coach", "PUT /api/v1/trajectories/{id}/coach");
        api("POST /trajectories/{id}/close", "POST /api/v1/trajectories/{id}/close");
        api("POST /trajectories/{id}/steps/{step}", "PUT /api/v1/trajectories/{id}/steps/{step}");
        api("POST /trajectories/{id}/wishes", "POST /api/v1/trajectories/{id}/wishes");
        api("POST /trajectories/{id}/support-plan", "POST /api/v1/trajectories/{id}/support-plan");
        api("POST /trajectories/{id}/actions", "POST /api/v1/trajectories/{id}/actions");
        api("POST /trajectories/{id}/actions/{action}", "PUT /api/v1/trajectories/{id}/actions/{action}");
        api("POST /trajectories/{id}/actions/{action}/status", "PUT /api/v1/trajectories/{id}/actions/{action}/status");
        api("POST /trajectories/{id}/round-tables", "POST /api/v1/trajectories/{id}/round-tables");
        api(
                "POST /trajectories/{id}/round-tables/{table}/agreements",
                "PUT /api/v1/trajectories/{id}/round-tables/{table}/agreements");
        api("POST /trajectories/{id}/sessions", "POST /api/v1/trajectories/{id}/sessions");
        api("POST /trajectories/{id}/notes", "POST /api/v1/trajectories/{id}/notes");
        api("POST /trajectories/{id}/successes", "POST /api/v1/trajectories/{id}/successes");
        api("POST /trajectories/{id}/measurements", "POST /api/v1/trajectories/{id}/measurements");
        api(
                "POST /trajectories/{id}/measurements/{measurement}",
                "PUT /api/v1/trajectories/{id}/measurements/{measurement}");
        // the organisation's coaching
        api("POST /coaching/settings", "PUT /api/v1/coaching/settings");
        api("POST /coaching/steps", "PUT /api/v1/coaching/steps");
        // buddy programmes
        api("POST /programmes", "POST /api/v1/programmes");
        api("POST /programmes/{id}", "PUT /api/v1/programmes/{id}");
        api("POST /programmes/{id}/coordinators", "PUT /api/v1/programmes/{id}/coordinators/{account}");
        api("POST /programmes/{id}/runs", "POST /api/v1/programmes/{id}/runs");
        api("POST /programmes/{id}/waiting", "POST /api/v1/programmes/{id}/waiting");
        api("POST /programmes/{id}/waiting/{entryId}", "PUT /api/v1/programmes/{id}/waiting/{entryId}");
        api("POST /programmes/{id}/buddies", "POST /api/v1/programmes/{id}/buddies");
        api("POST /programmes/{id}/buddies/{buddyId}", "PUT /api/v1/programmes/{id}/buddies/{buddyId}");
        api(
                "POST /programmes/{id}/buddies/{buddyId}/approve",
                "POST /api/v1/programmes/{id}/buddies/{buddyId}/approve");
        api("POST /programmes/{id}/buddies/{buddyId}/home", "PUT /api/v1/programmes/{id}/buddies/{buddyId}/home");
        api(
                "POST /programmes/{id}/buddies/{buddyId}/home/lookup",
                "POST /api/v1/programmes/{id}/buddies/{buddyId}/home/lookup");
        api(
                "POST /programmes/{id}/buddies/{buddyId}/home/remove",
                "DELETE /api/v1/programmes/{id}/buddies/{buddyId}/home");
        api("POST /programmes/{id}/pairs", "POST /api/v1/programmes/{id}/pairs");
        api("POST /programmes/{id}/pairs/{pairId}/accept", "POST /api/v1/programmes/{id}/pairs/{pairId}/accept");
        api("POST /programmes/{id}/pairs/{pairId}/reject", "POST /api/v1/programmes/{id}/pairs/{pairId}/reject");
        api(
                "POST /programmes/{id}/pairs/{pairId}/participant-agreed",
                "POST /api/v1/programmes/{id}/pairs/{pairId}/participant-agreed");
        api("POST /programmes/{id}/pairs/{pairId}/notes", "POST /api/v1/programmes/{id}/pairs/{pairId}/notes");
        api("POST /programmes/{id}/pairs/{pairId}/end", "POST /api/v1/programmes/{id}/pairs/{pairId}/end");
        api("POST /buddy/pairs/{pairId}/agree", "POST /api/v1/buddy/pairs/{pairId}/agree");
        api("POST /buddy/pairs/{pairId}/meetings", "POST /api/v1/buddy/pairs/{pairId}/meetings");
        api("POST /buddy/pairs/{pairId}/checkins", "POST /api/v1/buddy/pairs/{pairId}/checkins");
        api("POST /buddy/profiles/{buddyId}/stop", "POST /api/v1/buddy/profiles/{buddyId}/stop");
        api(
                "POST /buddy/profiles/{buddyId}/withdraw-consent",
                "POST /api/v1/buddy/profiles/{buddyId}/withdraw-consent");
        PAGE_ACTIONS.put(
                "POST /join/{programmeId}",
                new BrowserOnly("the public sign-up form of a would-be buddy, who has no account and no token"));
        // the neighbourhood
        api("POST /neighbourhood/actors", "POST /api/v1/neighbourhood/actors");
        api("POST /neighbourhood/actors/{actor}", "PUT /api/v1/neighbourhood/actors/{actor}");
        api("POST /neighbourhood/actors/{actor}/delete", "DELETE /api/v1/neighbourhood/actors/{actor}");
        api("POST /neighbourhood/import/settings", "PUT /api/v1/neighbourhood/imports/settings");
        api("POST /neighbourhood/import/openstreetmap", "POST /api/v1/neighbourhood/imports/openstreetmap");
        api("POST /neighbourhood/import/sociale-kaart", "POST /api/v1/neighbourhood/imports/sociale-kaart");
        // valued roles
        api("POST /roles/actors/{actor}/new", "POST /api/v1/neighbourhood/actors/{actor}/roles");
        api("POST /roles/{role}/edit", "PUT /api/v1/roles/{role}");
        api("POST /roles/{role}/close", "POST /api/v1/roles/{role}/close");
        api("POST /roles/{role}/reopen", "POST /api/v1/roles/{role}/reopen");
        api("POST /roles/import", "POST /api/v1/roles/import");
        // the page shows the run at once, as the API answers it: nothing is stored
        api("POST /roles/proposals", "POST /api/v1/roles/proposals");
        // taking a valued role
        api("POST /roles/participants/{participant}", "POST /api/v1/participants/{participant}/role-takings");
        for (String step : List.of("choose", "agree", "start", "end", "decline", "check-ins")) {
            api("POST /roles/takings/{taking}/" + step, "POST /api/v1/role-takings/{taking}/" + step);
        }
        // a group taking a collective role: the page's ticked participants are the API's list
        api("POST /roles/{role}/group", "POST /api/v1/roles/{role}/group/proposals");
        // accounts and tokens
        PAGE_ACTIONS.put(
                "POST /activate",
                new BrowserOnly("the one-time link from an e-mail that sets a new account's first password"));
        PAGE_ACTIONS.put(
                "POST /tokens",
                new BrowserOnly("API tokens are made by a person signed in with their password, never by a token"));
        PAGE_ACTIONS.put(
                "POST /tokens/{id}/revoke",
                new BrowserOnly("API tokens are managed by a person signed in with their password, never by a token"));

        api("POST /organisations", "POST /api/v1/organisations");
        api("POST /accounts", "POST /api/v1/accounts");
        api("POST /accounts/{id}/reset", "POST /api/v1/accounts/{id}/reset");
        api("POST /accounts/{id}/deactivate", "POST /api/v1/accounts/{id}/deactivate");
        api("POST /accounts/{id}/reactivate", "POST /api/v1/accounts/{id}/reactivate");
        api("POST /accounts/settings", "PUT /api/v1/accounts/settings");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void listsEveryPageActionExactlyOnce() {
        Set<String> pageActions = new TreeSet<>();
        for (String endpoint : endpoints()) {
            if (!endpoint.startsWith("GET ") && !endpoint.contains(" /api/")) {
                pageActions.add(endpoint);
            }
        }
        assertThat(pageActions).as("page actions").isNotEmpty();
        assertThat(new TreeSet<>(PAGE_ACTIONS.keySet()))
                .as("page actions without an entry here: give each its API counterpart")
                .containsAll(pageActions);
        assertThat(pageActions)
                .as("entries for page actions that no longer exist")
                .containsAll(PAGE_ACTIONS.keySet());
    }

    @Test
    void offersEachCounterpartOnTheApiAndDescribesItInOpenApi() {
        Set<String> endpoints = endpoints();
        JsonNode paths = openApi().get("paths");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Counterpart> action : PAGE_ACTIONS.entrySet()) {
            if (!(action.getValue() instanceof Api api)) {
                continue;
            }
            String operation = api.operation();
            String[] methodAndPath = operation.split(" ", 2);
            if (!methodAndPath[1].startsWith("/api/v1/")) {
                missing.add(action.getKey() + ": " + operation + " is not under /api/v1");
            } else if (!endpoints.contains(operation)) {
                missing.add(action.getKey() + ": no endpoint " + operation);
            } else if (!paths.has(methodAndPath[1])
                    || !paths.get(methodAndPath[1]).has(methodAndPath[0].toLowerCase(Locale.ROOT))) {
                missing.add(action.getKey() + ": " + operation + " is not in the OpenAPI document");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The README says what is not yet under the API: each such page, by the words its entry names. */
    @Test
    void namesInTheReadmeWhatIsNotYetUnderTheApi() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String onlyOnPages = readme.substring(readme.indexOf("only on the pages for now"));
        onlyOnPages = onlyOnPages.substring(0, onlyOnPages.indexOf("\n\n"));
        for (Map.Entry<String, Counterpart> action : PAGE_ACTIONS.entrySet()) {
            if (action.getValue() instanceof NotYet notYet) {
                assertThat(onlyOnPages).as(action.getKey()).contains(notYet.inReadme());
            }
        }
    }

    private JsonNode openApi() {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(
                        accounts.account(accounts.organisation("API parity"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        HttpResponse<String> document = session.getJson("/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(document.body());
    }

    private Set<String> endpoints() {
        return Endpoints.of(mappings);
    }
}
