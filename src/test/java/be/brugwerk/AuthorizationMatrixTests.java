package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Endpoints;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, end to end on real PostgreSQL: every endpoint Spring MVC knows (read at run time, so a new
 * mapping without a rule here fails), called by every role of the own and of another organisation, assigned
 * and not assigned to the participant. Lists must return exactly the participants whose detail page the same
 * person may open, and every successful request on participant data adds exactly its audit row. Whoever may not use
 * an endpoint is refused before anything they sent is read: with good input and again with spoilt input, the same
 * refusal, never a 400.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    UUID own;
    UUID other;
    final Map<String, Persona> personas = new LinkedHashMap<>();
    final Map<Persona, WebSession> sessions = new LinkedHashMap<>();
    Account ownCoordinator;

    /** Someone who calls: their role, whether they belong to the participant's organisation, and whether the
     * participant is on their caseload. */
    record Persona(String name, Role role, boolean ownOrganisation, boolean assigned, Account account) {}

    /**
     * How an endpoint is called, and who may; a granted call on participant data adds exactly {@code auditRows} audit
     * rows (one, unless the request reads or writes through another module's API too, which audits its own part).
     */
    record Rule(
            Predicate<Persona> allowed,
            BiFunction<WebSession, Target, HttpResponse<String>> call,
            boolean participantData,
            int auditRows,
            Predicate<Persona> refusedWhateverSent) {

        Rule(
                Predicate<Persona> allowed,
                BiFunction<WebSession, Target, HttpResponse<String>> call,
                boolean participantData,
                int auditRows) {
            this(allowed, call, participantData, auditRows, allowed.negate());
        }

        Rule(
                Predicate<Persona> allowed,
                BiFunction<WebSession, Target, HttpResponse<String>> call,
                boolean participantData) {
            this(allowed, call, participantData, participantData ? 1 : 0);
        }

        /**
         * The thing this endpoint works on is named in what is sent, not in the path: only who may not use the
         * endpoint at all is refused whatever they send; whoever may, but not on that thing, may learn first that
         * what they sent cannot be read (it names nothing yet).
         */
        Rule thingInBody(Predicate<Persona> mayUseEndpoint) {
            return new Rule(allowed, call, participantData, auditRows, mayUseEndpoint.negate());
        }
    }

    /**
     * A fresh participant of the own organisation for each call, so calls cannot disturb each other. The spare account
     * and the colleague are made only when a call asks for them: two accounts more for each of the thousands of calls
     * would make every list of the organisation's staff grow with the test, and each call slower than the last.
     */
    record Target(
            UUID participant, UUID assignee, int version, Supplier<UUID> newSpareAccount, Supplier<UUID> newColleague) {

        UUID spareAccount() {
            return newSpareAccount.get();
        }

        UUID colleague() {
            return newColleague.get();
        }
    }

    static final Predicate<Persona> ANYONE = p -> true;
    static final Predicate<Persona> SIGNED_IN = p -> p.role() != null;
    static final Predicate<Persona> WORKS_WITH_PARTICIPANTS =
            p -> p.role() == Role.COORDINATOR || p.role() == Role.PROFESSIONAL || p.role() == Role.VOLUNTEER_COACH;
    static final Predicate<Persona> REGISTERS = p -> p.role() == Role.COORDINATOR || p.role() == Role.PROFESSIONAL;
    static final Predicate<Persona> READS_PARTICIPANT = p -> p.ownOrganisation()
            && (p.role() == Role.COORDINATOR
                    || (p.role() == Role.PROFESSIONAL || p.role() == Role.VOLUNTEER_COACH) && p.assigned());
    static final Predicate<Persona> CHANGES_PARTICIPANT =
            p -> p.ownOrganisation() && (p.role() == Role.COORDINATOR || p.role() == Role.PROFESSIONAL && p.assigned());
    static final Predicate<Persona> CHANGES_CASELOAD = p -> p.ownOrganisation() && p.role() == Role.COORDINATOR;
    static final Predicate<Persona> ADMINISTERS_OWN = p -> p.ownOrganisation() && p.role() == Role.ORGANISATION_ADMIN;
    static final Predicate<Persona> ADMINISTERS = p -> p.role() == Role.ORGANISATION_ADMIN;
    static final Predicate<Persona> HAS_AN_ORGANISATION =
            p -> p.role() != null && p.role() != Role.PLATFORM_ADMIN && p.role() != Role.BUDDY;
    static final Predicate<Persona> COORDINATES = p -> p.role() == Role.COORDINATOR;
    static final Predicate<Persona> COORDINATES_PROGRAMME = p -> p.ownOrganisation() && p.role() == Role.COORDINATOR;
    static final Predicate<Persona> OVERSEES_PROGRAMME =
            p -> p.ownOrganisation() && (p.role() == Role.COORDINATOR || p.role() == Role.ORGANISATION_ADMIN);
    static final Predicate<Persona> LISTS_PROGRAMMES =
            p -> p.role() == Role.COORDINATOR || p.role() == Role.ORGANISATION_ADMIN;
    static final Predicate<Persona> IS_BUDDY = p -> p.role() == Role.BUDDY;
    static final Predicate<Persona> IS_THE_PAIRS_BUDDY = p -> p.ownOrganisation() && p.role() == Role.BUDDY;
    static final Predicate<Persona> RUNS_PLATFORM = p -> p.role() == Role.PLATFORM_ADMIN;

    Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        proposalRunRules(rules);
        rules.put("GET /login", new Rule(ANYONE, (s, t) -> s.get("/login"), false));
        rules.put("GET /", new Rule(SIGNED_IN, (s, t) -> s.get("/"), false));
        rules.put("GET /error", new Rule(ANYONE, (s, t) -> null, false)); // rendered by the container, not called
        rules.put("GET /v3/api-docs", new Rule(SIGNED_IN, (s, t) -> s.getJson("/v3/api-docs"), false));
        rules.put(
                "GET /v3/api-docs.yaml",
                new Rule(SIGNED_IN, (s, t) -> s.get("/v3/api-docs.yaml", "application/vnd.oai.openapi"), false));
        rules.put(
                "GET /v3/api-docs/swagger-config",
                new Rule(SIGNED_IN, (s, t) -> s.getJson("/v3/api-docs/swagger-config"), false));
        rules.put("GET /swagger-ui.html", new Rule(SIGNED_IN, (s, t) -> s.get("/swagger-ui.html"), false));
        rules.put("GET /participants", new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.get("/participants"), true));
        rules.put("GET /participants/new", new Rule(REGISTERS, (s, t) -> s.get("/participants/new"), false));
        rules.put(
                "POST /participants",
                new Rule(
                        REGISTERS,
                        (s, t) -> s.post("/participants", Map.of("name", "Matrix", "consentProcessing", "true")),
                        true));
        rules.put(
                "GET /participants/{id}",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get("/participants/" + t.participant()), true));
        rules.put(
                "GET /participants/{id}/edit",
                new Rule(CHANGES_PARTICIPANT, (s, t) -> s.get("/participants/" + t.participant() + "/edit"), true));
        rules.put(
                "POST /participants/{id}",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.post(
                                "/participants/" + t.participant(),
                                Map.of("name", "Changed", "version", Integer.toString(t.version()))),
                        true));
        rules.put(
                "POST /participants/{id}/archive",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.post("/participants/" + t.participant() + "/archive", Map.of()),
                        true));
        rules.put(
                "POST /participants/{id}/caseload",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> s.post(
                                "/participants/" + t.participant() + "/caseload",
                                Map.of("accountId", t.assignee().toString())),
                        true));
        rules.put(
                "POST /participants/{id}/caseload/{accountId}/remove",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> s.post(
                                "/participants/" + t.participant() + "/caseload/"
                                        + personas.get("professional, assigned")
                                                .account()
                                                .id() + "/remove",
                                Map.of()),
                        true));
        rules.put(
                "POST /participants/{id}/consents",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) ->
                                s.post("/participants/" + t.participant() + "/consents", Map.of("purpose", "MATCHING")),
                        true));
        rules.put(
                "POST /participants/{id}/consents/{purpose}/withdraw",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.post("/participants/" + t.participant() + "/consents/SHARING/withdraw", Map.of()),
                        true));
        rules.put(
                "GET /api/v1/participants",
                new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.getJson("/api/v1/participants"), true));
        rules.put(
                "GET /api/v1/participants/{id}",
                new Rule(READS_PARTICIPANT, (s, t) -> s.getJson("/api/v1/participants/" + t.participant()), true));
        rules.put(
                "POST /api/v1/participants",
                new Rule(
                        REGISTERS,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/participants",
                                "{\"name\":\"Matrix API\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}"),
                        true));
        rules.put(
                "PUT /api/v1/participants/{id}",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/participants/" + t.participant(),
                                "{\"name\":\"Changed\",\"version\":" + t.version() + "}"),
                        true));
        rules.put(
                "POST /api/v1/participants/{id}/archive",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.sendJson("POST", "/api/v1/participants/" + t.participant() + "/archive", ""),
                        true));
        rules.put(
                "PUT /api/v1/participants/{id}/caseload/{accountId}",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> s.sendJson(
                                "PUT", "/api/v1/participants/" + t.participant() + "/caseload/" + t.assignee(), ""),
                        true));
        rules.put(
                "DELETE /api/v1/participants/{id}/caseload/{accountId}",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> s.sendJson(
                                "DELETE",
                                "/api/v1/participants/" + t.participant() + "/caseload/"
                                        + personas.get("professional, assigned")
                                                .account()
                                                .id(),
                                ""),
                        true));
        rules.put(
                "POST /api/v1/participants/{id}/consents",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/participants/" + t.participant() + "/consents",
                                "{\"purpose\":\"MATCHING\"}"),
                        true));
        rules.put(
                "DELETE /api/v1/participants/{id}/consents/{purpose}",
                new Rule(
                        CHANGES_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "DELETE", "/api/v1/participants/" + t.participant() + "/consents/SHARING", ""),
                        true));
        rules.put("GET /accounts", new Rule(ADMINISTERS, (s, t) -> s.get("/accounts"), false));
        rules.put(
                "POST /accounts",
                new Rule(
                        ADMINISTERS,
                        (s, t) -> s.post(
                                "/accounts",
                                Map.of(
                                        "displayName",
                                        "Invited",
                                        "email",
                                        "invited-" + UUID.randomUUID() + "@test.brugwerk",
                                        "role",
                                        "VOLUNTEER_COACH")),
                        false));
        rules.put(
                "POST /accounts/{id}/reset",
                new Rule(
                        ADMINISTERS_OWN,
                        (s, t) -> s.post("/accounts/" + t.spareAccount() + "/reset", Map.of()),
                        false));
        rules.put(
                "POST /accounts/{id}/deactivate",
                new Rule(
                        ADMINISTERS_OWN,
                        (s, t) -> s.post("/accounts/" + t.spareAccount() + "/deactivate", Map.of()),
                        false));
        rules.put(
                "POST /accounts/{id}/reactivate",
                new Rule(
                        ADMINISTERS_OWN,
                        (s, t) -> s.post("/accounts/" + t.spareAccount() + "/reactivate", Map.of()),
                        false));
        rules.put(
                "POST /accounts/settings",
                new Rule(ADMINISTERS, (s, t) -> s.post("/accounts/settings", Map.of()), false));
        // the accounts page's counterparts under the API (issue 10)
        rules.put("GET /api/v1/accounts", new Rule(ADMINISTERS, (s, t) -> s.getJson("/api/v1/accounts"), false));
        rules.put(
                "POST /api/v1/accounts",
                new Rule(
                        ADMINISTERS,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/accounts",
                                "{\"displayName\":\"Invited by API\",\"email\":\"invited-api-" + UUID.randomUUID()
                                        + "@test.brugwerk\",\"role\":\"VOLUNTEER_COACH\"}"),
                        false));
        for (String action : List.of("reset", "deactivate", "reactivate")) {
            rules.put(
                    "POST /api/v1/accounts/{id}/" + action,
                    new Rule(
                            ADMINISTERS_OWN,
                            (s, t) -> s.sendJson("POST", "/api/v1/accounts/" + t.spareAccount() + "/" + action, ""),
                            false));
        }
        rules.put(
                "GET /api/v1/accounts/settings",
                new Rule(ADMINISTERS, (s, t) -> s.getJson("/api/v1/accounts/settings"), false));
        rules.put(
                "PUT /api/v1/accounts/settings",
                new Rule(
                        ADMINISTERS,
                        (s, t) -> s.sendJson(
                                "PUT", "/api/v1/accounts/settings", "{\"professionalsSeeOrganisation\":false}"),
                        false));
        rules.put("GET /audit", new Rule(ADMINISTERS, (s, t) -> s.get("/audit"), false));
        // one row of the trail with every id it names: the own organisation's admin only (another's row is not found)
        rules.put("GET /audit/{id}", new Rule(ADMINISTERS_OWN, (s, t) -> s.get("/audit/" + auditRow(t)), false));
        rules.put("GET /organisations", new Rule(RUNS_PLATFORM, (s, t) -> s.get("/organisations"), false));
        rules.put(
                "POST /organisations",
                new Rule(
                        RUNS_PLATFORM,
                        (s, t) -> s.post(
                                "/organisations",
                                Map.of(
                                        "name",
                                        "Matrix made",
                                        "adminName",
                                        "First admin",
                                        "adminEmail",
                                        "first-" + UUID.randomUUID() + "@test.brugwerk")),
                        false));
        rules.put(
                "GET /api/v1/organisations",
                new Rule(RUNS_PLATFORM, (s, t) -> s.getJson("/api/v1/organisations"), false));
        rules.put(
                "POST /api/v1/organisations",
                new Rule(
                        RUNS_PLATFORM,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/organisations",
                                "{\"name\":\"Matrix made by API\",\"adminName\":\"First admin\",\"adminEmail\":\"first-api-"
                                        + UUID.randomUUID() + "@test.brugwerk\"}"),
                        false));
        // only a demo has an outbox: here (no demo) nobody gets it; DemoOutboxIntegrationTests says who does in a demo
        rules.put("GET /demo/outbox", new Rule(p -> false, (s, t) -> s.get("/demo/outbox"), false));
        rules.put("GET /activate", new Rule(ANYONE, (s, t) -> s.get("/activate?token=not-a-real-token"), false));
        rules.put(
                "POST /activate",
                new Rule(
                        ANYONE,
                        (s, t) -> s.post(
                                "/activate", Map.of("token", "not-a-real-token", "password", "a good long password")),
                        false));
        rules.put(
                "POST /api/v1/analysis",
                new Rule(
                        SIGNED_IN,
                        (s, t) -> s.sendJson("POST", "/api/v1/analysis", "{\"participant\":\"p\",\"members\":[]}"),
                        false));
        String smallMap = "{\"version\":0,\"members\":[{\"id\":\"%s\",\"name\":\"Buur\",\"category\":\"NEIGHBOUR\","
                + "\"ring\":\"MIDDLE\",\"frequency\":\"WEEKLY\",\"valence\":\"SUPPORTIVE\",\"status\":\"ACTIVE\","
                + "\"capitalType\":\"BRIDGING\",\"level\":\"NEIGHBOURHOOD\",\"lightTie\":true}],\"ties\":[]}";
        rules.put(
                "GET /api/v1/participants/{participant}/map",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/map"),
                        true));
        rules.put(
                "PUT /api/v1/participants/{participant}/map",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/participants/" + t.participant() + "/map",
                                smallMap.formatted(UUID.randomUUID())),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/map/analysis",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/map/analysis"),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/map/versions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/map/versions"),
                        true));
        rules.put(
                "POST /api/v1/participants/{participant}/map/versions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson("POST", "/api/v1/participants/" + t.participant() + "/map/versions", ""),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/map/versions/{version}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) ->
                                s.getJson("/api/v1/participants/" + t.participant() + "/map/versions/" + versionOf(t)),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/map/versions/{first}/compare/{second}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/map/versions/" + versionOf(t)
                                + "/compare/" + versionOf(t)),
                        true));
        rules.put(
                "POST /api/v1/participants/{participant}/map/import",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/participants/" + t.participant() + "/map/import?version=" + t.version(),
                                smallMap.formatted(UUID.randomUUID())),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/map/export",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/map/export"),
                        true));
        rules.put(
                "GET /participants/{participant}/map/exchange",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get("/participants/" + t.participant() + "/map/exchange"),
                        true));
        rules.put(
                "POST /participants/{participant}/map/exchange/preview",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.postMultipart(
                                "/participants/" + t.participant() + "/map/exchange/preview",
                                Map.of("format", "json"),
                                "file",
                                "map.json",
                                smallMap.formatted(UUID.randomUUID())
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        true));
        rules.put(
                "POST /participants/{participant}/map/exchange/import",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.postMultipart(
                                "/participants/" + t.participant() + "/map/exchange/import",
                                Map.of(
                                        "map",
                                        smallMap.formatted(UUID.randomUUID()),
                                        "version",
                                        Integer.toString(t.version())),
                                null,
                                null,
                                null),
                        true));
        String mapPages = "/participants/%s/map";
        rules.put(
                "GET /participants/{participant}/map",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get(mapPages.formatted(t.participant())), true));
        rules.put(
                "GET /participants/{participant}/map/last-change",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson(mapPages.formatted(t.participant()) + "/last-change"),
                        true));
        rules.put(
                "GET /participants/{participant}/map/analysis",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get(mapPages.formatted(t.participant()) + "/analysis"), true));
        rules.put(
                "GET /participants/{participant}/map/versions",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get(mapPages.formatted(t.participant()) + "/versions"), true));
        rules.put(
                "POST /participants/{participant}/map/versions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(mapPages.formatted(t.participant()) + "/versions", Map.of()),
                        true));
        rules.put(
                "GET /participants/{participant}/map/compare",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get(mapPages.formatted(t.participant()) + "/compare?first=" + versionOf(t)
                                + "&second=" + versionOf(t)),
                        true));
        rules.put(
                "GET /participants/{participant}/map/print",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get(mapPages.formatted(t.participant()) + "/print?language=fr&valence=true"),
                        true));
        rules.put("GET /tokens", new Rule(HAS_AN_ORGANISATION, (s, t) -> s.get("/tokens"), false));
        rules.put(
                "POST /tokens",
                new Rule(
                        HAS_AN_ORGANISATION,
                        (s, t) -> s.post("/tokens", Map.of("name", "Matrix script", "validForDays", "7")),
                        false));
        rules.put(
                "POST /tokens/{id}/revoke",
                new Rule(
                        HAS_AN_ORGANISATION,
                        (s, t) -> s.post("/tokens/" + ownTokenOf(s) + "/revoke", Map.of()),
                        false));
        rules.put("GET /programmes", new Rule(LISTS_PROGRAMMES, (s, t) -> s.get("/programmes"), false));
        rules.put("GET /programmes/new", new Rule(COORDINATES, (s, t) -> s.get("/programmes/new"), false));
        rules.put(
                "POST /programmes",
                new Rule(
                        COORDINATES,
                        (s, t) -> s.post(
                                "/programmes",
                                Map.ofEntries(
                                        Map.entry("name", "Matrix programme"),
                                        Map.entry("weightLanguage", "1"),
                                        Map.entry("weightInterests", "1"),
                                        Map.entry("weightProximity", "1"),
                                        Map.entry("weightAvailability", "1"),
                                        Map.entry("weightPreferences", "1"),
                                        Map.entry("waitingDays", "30"),
                                        Map.entry("waitingPoints", "10"),
                                        Map.entry("expectedDurationWeeks", "26"),
                                        Map.entry("maxCapacity", "1"),
                                        Map.entry("maxDistanceKm", "10"),
                                        Map.entry("genderWishes", "IGNORED"),
                                        Map.entry("checkInIntervalDays", "14"))),
                        false));
        rules.put(
                "GET /programmes/{id}",
                new Rule(
                        OVERSEES_PROGRAMME,
                        (s, t) -> s.get("/programmes/" + matching(t, null).programme()),
                        false));
        rules.put(
                "GET /programmes/{id}/edit",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.get("/programmes/" + matching(t, null).programme() + "/edit"),
                        false));
        rules.put(
                "POST /programmes/{id}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(
                                "/programmes/" + matching(t, null).programme(),
                                Map.ofEntries(
                                        Map.entry("name", "Matrix changed"),
                                        Map.entry("weightLanguage", "1"),
                                        Map.entry("weightInterests", "1"),
                                        Map.entry("weightProximity", "1"),
                                        Map.entry("weightAvailability", "1"),
                                        Map.entry("weightPreferences", "1"),
                                        Map.entry("waitingDays", "30"),
                                        Map.entry("waitingPoints", "10"),
                                        Map.entry("expectedDurationWeeks", "26"),
                                        Map.entry("maxCapacity", "1"),
                                        Map.entry("maxDistanceKm", "10"),
                                        Map.entry("genderWishes", "IGNORED"),
                                        Map.entry("checkInIntervalDays", "14"),
                                        Map.entry("version", "0"))),
                        false));
        rules.put(
                "GET /programmes/{id}/run",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.get("/programmes/" + matching(t, null).programme() + "/run"),
                        false));
        rules.put(
                "POST /programmes/{id}/runs",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post("/programmes/" + matching(t, null).programme() + "/runs", Map.of()),
                        false));
        rules.put(
                "GET /programmes/{id}/waiting/new",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.get("/programmes/" + matching(t, null).programme() + "/waiting/new"),
                        false));
        rules.put(
                "POST /programmes/{id}/waiting",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(
                                "/programmes/" + matchingWithoutWaiting(t) + "/waiting",
                                Map.of("participant", t.participant().toString(), "age", "30", "gender", "WOMAN")),
                        false));
        rules.put(
                "GET /programmes/{id}/buddies",
                new Rule(
                        OVERSEES_PROGRAMME,
                        (s, t) -> s.get("/programmes/" + matching(t, null).programme() + "/buddies"),
                        false));
        rules.put(
                "GET /programmes/{id}/buddies/new",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.get("/programmes/" + matching(t, null).programme() + "/buddies/new"),
                        false));
        rules.put(
                "POST /programmes/{id}/buddies",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(
                                "/programmes/" + matching(t, null).programme() + "/buddies",
                                Map.of(
                                        "name",
                                        "Matrix buddy",
                                        "email",
                                        "mb-" + UUID.randomUUID() + "@test.brugwerk",
                                        "capacity",
                                        "1",
                                        "consent",
                                        "true",
                                        "age",
                                        "40",
                                        "gender",
                                        "MAN")),
                        false));
        rules.put(
                "GET /programmes/{id}/waiting/{entryId}/edit",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.get("/programmes/" + m.programme() + "/waiting/" + m.entry() + "/edit");
                        },
                        true));
        rules.put(
                "GET /programmes/{id}/waiting/{entryId}/pair",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.get("/programmes/" + m.programme() + "/waiting/" + m.entry() + "/pair?q=a");
                        },
                        true));
        rules.put(
                "POST /programmes/{id}/waiting/{entryId}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            Map<String, String> intake =
                                    new HashMap<>(Map.of("age", "30", "gender", "WOMAN", "version", "0"));
                            intake.putAll(IntakeLanguages.lines("nl", "B1"));
                            return s.post("/programmes/" + m.programme() + "/waiting/" + m.entry(), intake);
                        },
                        true));
        rules.put(
                "GET /programmes/{id}/buddies/{buddyId}/edit",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.get("/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy() + "/edit");
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/buddies/{buddyId}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.post(
                                    "/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy(),
                                    Map.of(
                                            "name",
                                            "Matrix edited",
                                            "email",
                                            "me-" + UUID.randomUUID() + "@test.brugwerk",
                                            "capacity",
                                            "1",
                                            "age",
                                            "40",
                                            "gender",
                                            "MAN",
                                            "version",
                                            "0"));
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/buddies/{buddyId}/approve",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.post(
                                    "/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy() + "/approve",
                                    Map.of("intakeHeld", "true"));
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/pairs",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.post(
                                    "/programmes/" + m.programme() + "/pairs",
                                    Map.of(
                                            "waitingEntry",
                                            m.entry().toString(),
                                            "buddy",
                                            m.approvedBuddy().toString()));
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/pairs/{pairId}/accept",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "PROPOSED");
                            return s.post("/programmes/" + m.programme() + "/pairs/" + m.pair() + "/accept", Map.of());
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/pairs/{pairId}/reject",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "PROPOSED");
                            return s.post(
                                    "/programmes/" + m.programme() + "/pairs/" + m.pair() + "/reject",
                                    Map.of("reason", "Matrix"));
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/pairs/{pairId}/participant-agreed",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "AWAITING_AGREEMENT");
                            return s.post(
                                    "/programmes/" + m.programme() + "/pairs/" + m.pair() + "/participant-agreed",
                                    Map.of());
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/pairs/{pairId}/end",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "ACTIVE");
                            return s.post(
                                    "/programmes/" + m.programme() + "/pairs/" + m.pair() + "/end",
                                    Map.of("outcome", "STOPPED", "reason", "Matrix"));
                        },
                        false));
        rules.put(
                "POST /programmes/{id}/coordinators",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(
                                "/programmes/" + matching(t, null).programme() + "/coordinators",
                                Map.of("account", t.colleague().toString())),
                        false));
        rules.put("GET /api/v1/programmes", new Rule(COORDINATES, (s, t) -> s.getJson("/api/v1/programmes"), false));
        rules.put(
                "POST /api/v1/programmes/{id}/runs",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/programmes/" + matching(t, null).programme() + "/runs",
                                ""),
                        false));
        rules.put(
                "GET /api/v1/programmes/{id}/pairs",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.getJson(
                                "/api/v1/programmes/" + matching(t, "PROPOSED").programme() + "/pairs"),
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/pairs/{pairId}/accept",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "PROPOSED");
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/pairs/" + m.pair() + "/accept",
                                    "");
                        },
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/pairs/{pairId}/reject",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "PROPOSED");
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/pairs/" + m.pair() + "/reject",
                                    "{\"reason\":\"Matrix\"}");
                        },
                        false));
        // a pair's life over the API (issue 10): the same rules as the programme page
        rules.put(
                "POST /api/v1/programmes/{id}/pairs",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/pairs",
                                    "{\"waitingEntry\":\"" + m.entry() + "\",\"buddy\":\"" + m.approvedBuddy() + "\"}");
                        },
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/pairs/{pairId}/participant-agreed",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "AWAITING_AGREEMENT");
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/pairs/" + m.pair()
                                            + "/participant-agreed",
                                    "");
                        },
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/pairs/{pairId}/notes",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "ACTIVE");
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/pairs/" + m.pair() + "/notes",
                                    "{\"note\":\"Matrix\"}");
                        },
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/pairs/{pairId}/end",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "ACTIVE");
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/pairs/" + m.pair() + "/end",
                                    "{\"outcome\":\"STOPPED\",\"reason\":\"Matrix\"}");
                        },
                        false));
        rules.put("GET /buddy", new Rule(IS_BUDDY, (s, t) -> s.get("/buddy"), false));
        rules.put(
                "POST /buddy/pairs/{pairId}/agree",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.post(
                                "/buddy/pairs/"
                                        + matching(t, "AWAITING_AGREEMENT").pair() + "/agree",
                                Map.of()),
                        false));
        rules.put(
                "POST /buddy/pairs/{pairId}/meetings",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.post(
                                "/buddy/pairs/" + matching(t, "ACTIVE").pair() + "/meetings",
                                Map.of("metOn", "2000-01-02", "note", "Matrix")),
                        false));
        rules.put(
                "POST /buddy/pairs/{pairId}/checkins",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.post(
                                "/buddy/pairs/" + matching(t, "ACTIVE").pair() + "/checkins",
                                Map.of("score", "4", "comment", "Matrix")),
                        false));
        rules.put(
                "POST /programmes/{id}/pairs/{pairId}/notes",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, "ACTIVE");
                            return s.post(
                                    "/programmes/" + m.programme() + "/pairs/" + m.pair() + "/notes",
                                    Map.of("note", "Matrix"));
                        },
                        false));
        rules.put(
                "POST /buddy/profiles/{buddyId}/stop",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.post("/buddy/profiles/" + matching(t, null).approvedBuddy() + "/stop", Map.of()),
                        false));
        rules.put(
                "POST /buddy/profiles/{buddyId}/withdraw-consent",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.post(
                                "/buddy/profiles/" + matching(t, null).approvedBuddy() + "/withdraw-consent", Map.of()),
                        false));
        // the buddy's own page under the API (issue 10): the same rights
        rules.put("GET /api/v1/buddy", new Rule(IS_BUDDY, (s, t) -> s.getJson("/api/v1/buddy"), false));
        rules.put(
                "POST /api/v1/buddy/pairs/{pairId}/agree",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/buddy/pairs/"
                                        + matching(t, "AWAITING_AGREEMENT").pair() + "/agree",
                                ""),
                        false));
        rules.put(
                "POST /api/v1/buddy/pairs/{pairId}/meetings",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/buddy/pairs/" + matching(t, "ACTIVE").pair() + "/meetings",
                                "{\"metOn\":\"2000-01-02\",\"note\":\"Matrix\"}"),
                        false));
        rules.put(
                "POST /api/v1/buddy/pairs/{pairId}/checkins",
                new Rule(
                        IS_THE_PAIRS_BUDDY,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/buddy/pairs/" + matching(t, "ACTIVE").pair() + "/checkins",
                                "{\"score\":4,\"comment\":\"Matrix\"}"),
                        false));
        for (String action : List.of("stop", "withdraw-consent")) {
            rules.put(
                    "POST /api/v1/buddy/profiles/{buddyId}/" + action,
                    new Rule(
                            IS_THE_PAIRS_BUDDY,
                            (s, t) -> s.sendJson(
                                    "POST",
                                    "/api/v1/buddy/profiles/"
                                            + matching(t, null).approvedBuddy() + "/" + action,
                                    ""),
                            false));
        }
        rules.put(
                "GET /join/{programmeId}",
                new Rule(ANYONE, (s, t) -> s.get("/join/" + matching(t, null).programme()), false));
        rules.put(
                "POST /join/{programmeId}",
                new Rule(
                        ANYONE,
                        (s, t) -> s.post(
                                "/join/" + matching(t, null).programme(),
                                Map.of(
                                        "name",
                                        "Matrix applicant",
                                        "email",
                                        "ma-" + UUID.randomUUID() + "@test.brugwerk",
                                        "capacity",
                                        "1",
                                        "consent",
                                        "true",
                                        "age",
                                        "40",
                                        "gender",
                                        "MAN")),
                        false));
        coachingRules(rules);
        talentRules(rules);
        neighbourhoodRules(rules);
        placeRules(rules);
        roleRules(rules);
        roleTakingRules(rules);
        return rules;
    }

    /**
     * Talent cards (issue 14a): the same people as for the network map may read and change a participant's card; each
     * call writes one audit row.
     */
    private void talentRules(Map<String, Rule> rules) {
        String entry = "{\"kind\":\"SKILL\",\"frame\":\"HANDS\",\"talent\":\"COOKING\",\"text\":\"Matrix\"}";
        rules.put(
                "GET /api/v1/participants/{participant}/talents",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/talents"),
                        true));
        rules.put(
                "PUT /api/v1/participants/{participant}/talents",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/participants/" + t.participant() + "/talents",
                                "{\"version\":0,\"entries\":[" + entry + "]}"),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/talents/versions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/talents/versions"),
                        true));
        rules.put(
                "GET /api/v1/participants/{participant}/talents/versions/{version}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson(
                                "/api/v1/participants/" + t.participant() + "/talents/versions/" + talentCardOf(t)),
                        true));
        String pages = "/participants/%s/talents";
        rules.put(
                "GET /participants/{participant}/talents",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get(pages.formatted(t.participant()) + "?version=" + talentCardOf(t)),
                        true));
        rules.put(
                "GET /participants/{participant}/talents/edit",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get(pages.formatted(t.participant()) + "/edit"), true));
        rules.put(
                "POST /participants/{participant}/talents",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                pages.formatted(t.participant()),
                                Map.of(
                                        "version", "0", "kind", "SKILL", "frame", "HANDS", "talent", "COOKING", "text",
                                        "Matrix")),
                        true));
        rules.put(
                "GET /participants/{participant}/talents/print",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get(pages.formatted(t.participant()) + "/print?language=fr"),
                        true));
    }

    // The organisation's neighbourhood map (issue 14b): everyone who works with participants or runs the organisation
    // reads the actors, coordinators and organisation admins change them; an actor of another organisation is a 404.
    static final Predicate<Persona> READS_ACTORS = p -> p.role() == Role.ORGANISATION_ADMIN
            || p.role() == Role.COORDINATOR
            || p.role() == Role.PROFESSIONAL
            || p.role() == Role.VOLUNTEER_COACH;
    static final Predicate<Persona> EDITS_ACTORS =
            p -> p.role() == Role.ORGANISATION_ADMIN || p.role() == Role.COORDINATOR;

    private void neighbourhoodRules(Map<String, Rule> rules) {
        Predicate<Persona> readsOwnActor = READS_ACTORS.and(Persona::ownOrganisation);
        Predicate<Persona> editsOwnActor = EDITS_ACTORS.and(Persona::ownOrganisation);
        String actorJson = "{\"version\":1,\"name\":\"Matrix buurthuis\",\"kind\":\"COMMUNITY_CENTRE\"}";
        Map<String, String> actorForm = Map.of("version", "1", "name", "Matrix buurthuis", "kind", "COMMUNITY_CENTRE");
        rules.put("GET /neighbourhood", new Rule(READS_ACTORS, (s, t) -> s.get("/neighbourhood"), false));
        rules.put(
                "GET /neighbourhood/analysis",
                new Rule(READS_ACTORS, (s, t) -> s.get("/neighbourhood/analysis"), false));
        rules.put(
                "GET /neighbourhood/actors/new",
                new Rule(EDITS_ACTORS, (s, t) -> s.get("/neighbourhood/actors/new"), false));
        rules.put(
                "POST /neighbourhood/actors",
                new Rule(EDITS_ACTORS, (s, t) -> s.post("/neighbourhood/actors", actorForm), false));
        rules.put(
                "GET /neighbourhood/actors/{actor}/edit",
                new Rule(editsOwnActor, (s, t) -> s.get("/neighbourhood/actors/" + actorOf(t) + "/edit"), false));
        rules.put(
                "POST /neighbourhood/actors/{actor}",
                new Rule(editsOwnActor, (s, t) -> s.post("/neighbourhood/actors/" + actorOf(t), actorForm), false));
        rules.put(
                "POST /neighbourhood/actors/{actor}/delete",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.post("/neighbourhood/actors/" + actorOf(t) + "/delete", Map.of("version", "1")),
                        false));
        rules.put(
                "GET /api/v1/neighbourhood/actors",
                new Rule(READS_ACTORS, (s, t) -> s.getJson("/api/v1/neighbourhood/actors"), false));
        rules.put(
                "GET /api/v1/neighbourhood/actors/{actor}",
                new Rule(readsOwnActor, (s, t) -> s.getJson("/api/v1/neighbourhood/actors/" + actorOf(t)), false));
        rules.put(
                "POST /api/v1/neighbourhood/actors",
                new Rule(EDITS_ACTORS, (s, t) -> s.sendJson("POST", "/api/v1/neighbourhood/actors", actorJson), false));
        rules.put(
                "PUT /api/v1/neighbourhood/actors/{actor}",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.sendJson("PUT", "/api/v1/neighbourhood/actors/" + actorOf(t), actorJson),
                        false));
        rules.put(
                "DELETE /api/v1/neighbourhood/actors/{actor}",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.sendJson("DELETE", "/api/v1/neighbourhood/actors/" + actorOf(t) + "?version=1", ""),
                        false));
        rules.put("GET /neighbourhood/import", new Rule(EDITS_ACTORS, (s, t) -> s.get("/neighbourhood/import"), false));
        rules.put(
                "POST /neighbourhood/import/settings",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.post(
                                "/neighbourhood/import/settings",
                                Map.of("overpassUrl", "", "version", neighbourhoodSettingsVersion(s))),
                        false));
        rules.put(
                "POST /neighbourhood/import/openstreetmap",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.post(
                                "/neighbourhood/import/openstreetmap",
                                Map.of("latitude", "50.85", "longitude", "4.35", "radius", "1000")),
                        false));
        rules.put(
                "POST /neighbourhood/import/sociale-kaart",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.postMultipart(
                                "/neighbourhood/import/sociale-kaart",
                                Map.of(),
                                "file",
                                "sociale-kaart.csv",
                                socialeKaartFile()),
                        false));
        rules.put(
                "GET /api/v1/neighbourhood/imports/settings",
                new Rule(EDITS_ACTORS, (s, t) -> s.getJson("/api/v1/neighbourhood/imports/settings"), false));
        rules.put(
                "PUT /api/v1/neighbourhood/imports/settings",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/neighbourhood/imports/settings",
                                "{\"overpassUrl\":\"\",\"version\":" + neighbourhoodSettingsVersion(s) + "}"),
                        false));
        rules.put(
                "POST /api/v1/neighbourhood/imports/openstreetmap",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> {
                            // a server first (which only editors may set), so that an editor's import is granted
                            s.sendJson(
                                    "PUT",
                                    "/api/v1/neighbourhood/imports/settings",
                                    "{\"overpassUrl\":\"" + overpass().url() + "\",\"version\":"
                                            + neighbourhoodSettingsVersion(s) + "}");
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/neighbourhood/imports/openstreetmap",
                                    "{\"latitude\":50.85,\"longitude\":4.35,\"radius\":1000}");
                        },
                        false));
        rules.put(
                "POST /api/v1/neighbourhood/imports/sociale-kaart",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.sendFile(
                                "POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", socialeKaartFile()),
                        false));
        rules.put(
                "GET /api/v1/neighbourhood/map.geojson",
                new Rule(READS_ACTORS, (s, t) -> s.getJson("/api/v1/neighbourhood/map.geojson"), false));
    }

    /**
     * Valued roles (issue 14c): read by whoever reads the actors, made by whoever changes them; a role or an actor of
     * another organisation is a 404. The file of needs names its actors by name: an actor of that name stands in both
     * organisations, so that each organisation's editors import into their own.
     */
    private void roleRules(Map<String, Rule> rules) {
        Predicate<Persona> readsOwnActor = READS_ACTORS.and(Persona::ownOrganisation);
        Predicate<Persona> editsOwnActor = EDITS_ACTORS.and(Persona::ownOrganisation);
        String roleJson =
                "{\"title\":\"Matrix role\",\"talents\":[\"REPAIRS\"],\"capacity\":1," + "\"gains\":[\"VALUED_ROLE\"]}";
        rules.put(
                "GET /api/v1/neighbourhood/actors/{actor}/roles",
                new Rule(
                        readsOwnActor,
                        (s, t) -> s.getJson("/api/v1/neighbourhood/actors/" + placedActorIn(own, "Matrix") + "/roles"),
                        false));
        rules.put(
                "POST /api/v1/neighbourhood/actors/{actor}/roles",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/neighbourhood/actors/" + placedActorIn(own, "Matrix") + "/roles",
                                roleJson),
                        false));
        rules.put(
                "GET /api/v1/roles/{role}",
                new Rule(
                        readsOwnActor,
                        (s, t) -> s.getJson("/api/v1/roles/" + roleOf(placedActorIn(own, "Matrix"))),
                        false));
        rules.put(
                "POST /api/v1/roles/import",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.sendFile("POST", "/api/v1/roles/import", "text/csv", needsFile()),
                        false));
        String changedRole = "{\"version\":1,\"title\":\"Matrix role\",\"talents\":[\"REPAIRS\"],\"capacity\":2,"
                + "\"gains\":[\"VALUED_ROLE\"]}";
        rules.put(
                "PUT /api/v1/roles/{role}",
                new Rule(
                        editsOwnActor,
                        (s, t) ->
                                s.sendJson("PUT", "/api/v1/roles/" + roleOf(placedActorIn(own, "Matrix")), changedRole),
                        false));
        for (String change : List.of("close", "reopen")) {
            rules.put(
                    "POST /api/v1/roles/{role}/" + change,
                    new Rule(
                            editsOwnActor,
                            (s, t) -> s.sendJson(
                                    "POST",
                                    "/api/v1/roles/" + roleOf(placedActorIn(own, "Matrix")) + "/" + change,
                                    "{\"version\":1}"),
                            false));
        }
        rolePageRules(rules);
    }

    /**
     * The valued roles' proposal runs, first in the matrix: a run weighs every participant of the organisation
     * approachable for matching, and the matrix makes a fresh participant for every call: thousands by its end. There
     * each granted run took about a minute, until arrays were bound untyped (docs/region-scale.md, "roles: a role
     * matching run's arrays"); first, they still meet a few dozen, and the matrix tests who may run, not how fast.
     */
    private void proposalRunRules(Map<String, Rule> rules) {
        rules.put(
                "POST /roles/proposals", new Rule(COORDINATES, (s, t) -> s.post("/roles/proposals", Map.of()), false));
        // a run reads the card and places of every participant approachable for matching, each audited by its module;
        // how many rows that is depends on the participants the matrix made so far, so the rows are not counted here
        rules.put(
                "POST /api/v1/roles/proposals",
                new Rule(COORDINATES, (s, t) -> s.sendJson("POST", "/api/v1/roles/proposals", ""), false));
    }

    /** The valued roles' pages: the same people as their API, a form posted where it is shown. */
    private void rolePageRules(Map<String, Rule> rules) {
        Predicate<Persona> readsOwnActor = READS_ACTORS.and(Persona::ownOrganisation);
        Predicate<Persona> editsOwnActor = EDITS_ACTORS.and(Persona::ownOrganisation);
        Map<String, String> roleForm = Map.of(
                "version", "1", "title", "Matrix role", "talents", "REPAIRS", "capacity", "2", "gains", "VALUED_ROLE");
        rules.put("GET /roles", new Rule(READS_ACTORS, (s, t) -> s.get("/roles"), false));
        rules.put(
                "GET /roles/actors/{actor}",
                new Rule(readsOwnActor, (s, t) -> s.get("/roles/actors/" + placedActorIn(own, "Matrix")), false));
        rules.put(
                "GET /roles/actors/{actor}/new",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.get("/roles/actors/" + placedActorIn(own, "Matrix") + "/new"),
                        false));
        rules.put(
                "POST /roles/actors/{actor}/new",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.post("/roles/actors/" + placedActorIn(own, "Matrix") + "/new", roleForm),
                        false));
        rules.put(
                "GET /roles/{role}/edit",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.get("/roles/" + roleOf(placedActorIn(own, "Matrix")) + "/edit"),
                        false));
        rules.put(
                "POST /roles/{role}/edit",
                new Rule(
                        editsOwnActor,
                        (s, t) -> s.post("/roles/" + roleOf(placedActorIn(own, "Matrix")) + "/edit", roleForm),
                        false));
        for (String change : List.of("close", "reopen")) {
            rules.put(
                    "POST /roles/{role}/" + change,
                    new Rule(
                            editsOwnActor,
                            (s, t) -> s.post(
                                    "/roles/" + roleOf(placedActorIn(own, "Matrix")) + "/" + change,
                                    Map.of("version", "1")),
                            false));
        }
        rules.put("GET /roles/import", new Rule(EDITS_ACTORS, (s, t) -> s.get("/roles/import"), false));
        rules.put(
                "POST /roles/import",
                new Rule(
                        EDITS_ACTORS,
                        (s, t) -> s.postMultipart("/roles/import", Map.of(), "file", "needs.csv", needsFile()),
                        false));
        rules.put("GET /roles/proposals", new Rule(COORDINATES, (s, t) -> s.get("/roles/proposals"), false));
    }

    /**
     * A file of one need of an actor whose name stands in both organisations, placed in each, so that each
     * organisation's editors import into their own.
     */
    private byte[] needsFile() {
        String name = "Matrix needs " + UUID.randomUUID();
        placedActorIn(own, name);
        placedActorIn(other, name);
        return ("actor,title,talents,capacity,gains\r\n" + name + ",Matrix role,REPAIRS,1,VALUED_ROLE\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Taking a valued role (issue 14c): the people who may work with the participant (a coach by caseload, the
     * coordinator) propose, record the choice, start, end and decline; only the coordinator records the actor's
     * agreement. A taking is participant data: each call writes its audit row, and a step that takes or frees the
     * role's place one more for the role.
     */
    private void roleTakingRules(Map<String, Rule> rules) {
        Predicate<Persona> agrees = READS_PARTICIPANT.and(p -> p.role() == Role.COORDINATOR);
        rules.put(
                "GET /api/v1/participants/{participant}/role-takings",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/participants/" + t.participant() + "/role-takings"),
                        true));
        rules.put(
                "POST /api/v1/participants/{participant}/role-takings",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/participants/" + t.participant() + "/role-takings",
                                "{\"role\":\"" + roleOf(placedActorIn(own, "Matrix")) + "\"}"),
                        true));
        rules.put(
                "GET /api/v1/role-takings/{taking}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/role-takings/" + takingOf(t, "PROPOSED")),
                        true));
        // the check-ins due of whoever the caller may work with: a list of their own organisation for anyone who
        // follows takings up (empty for a coach without participants); refused to admins, buddies and the platform
        rules.put(
                "GET /api/v1/role-takings/check-ins-due",
                new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.getJson("/api/v1/role-takings/check-ins-due"), false));
        rules.put(
                "GET /api/v1/role-takings/{taking}/check-ins",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson("/api/v1/role-takings/" + takingOf(t, "ACTIVE") + "/check-ins"),
                        true));
        rules.put(
                "POST /api/v1/role-takings/{taking}/check-ins",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/role-takings/" + takingOf(t, "ACTIVE") + "/check-ins",
                                "{\"date\":\"2026-02-15\",\"note\":\"Matrix\"}"),
                        true));
        record Step(String name, String status, String body, Predicate<Persona> who, int auditRows) {}
        for (Step step : List.of(
                new Step("choose", "PROPOSED", "{\"version\":1,\"onMap\":true}", READS_PARTICIPANT, 1),
                new Step("agree", "CHOSEN", "{\"version\":1}", agrees, 2),
                new Step("start", "AGREED", "{\"version\":1,\"date\":\"2026-03-09\"}", READS_PARTICIPANT, 1),
                new Step(
                        "end",
                        "ACTIVE",
                        "{\"version\":1,\"date\":\"2026-06-01\",\"reason\":\"Matrix\"}",
                        READS_PARTICIPANT,
                        2),
                new Step("decline", "PROPOSED", "{\"version\":1,\"reason\":\"Matrix\"}", READS_PARTICIPANT, 1))) {
            rules.put(
                    "POST /api/v1/role-takings/{taking}/" + step.name(),
                    new Rule(
                            step.who(),
                            (s, t) -> s.sendJson(
                                    "POST",
                                    "/api/v1/role-takings/" + takingOf(t, step.status()) + "/" + step.name(),
                                    step.body()),
                            true,
                            step.auditRows()));
        }
        roleTakingPageRules(rules);
        roleGroupRules(rules);
    }

    /**
     * The group that takes a collective role (issue 14, point 4): whoever works with participants in the role's
     * organisation sees it, naming only the participants they work with (the takings shown and the names shown: two
     * audit rows, also when they name nobody; the page a third, the participants it offers to propose to); proposing it
     * to several at once is for those who may work with each participant named (one row naming the takings made).
     */
    private void roleGroupRules(Map<String, Rule> rules) {
        Predicate<Persona> worksWithOwn = WORKS_WITH_PARTICIPANTS.and(Persona::ownOrganisation);
        rules.put(
                "GET /api/v1/roles/{role}/group",
                new Rule(worksWithOwn, (s, t) -> s.getJson("/api/v1/roles/" + groupOf(t) + "/group"), true, 2));
        rules.put(
                "POST /api/v1/roles/{role}/group/proposals",
                new Rule(
                                READS_PARTICIPANT,
                                (s, t) -> s.sendJson(
                                        "POST",
                                        "/api/v1/roles/" + collectiveRole() + "/group/proposals",
                                        "{\"participants\":[\"" + t.participant() + "\"]}"),
                                true)
                        .thingInBody(worksWithOwn));
        rules.put(
                "GET /roles/{role}/group",
                new Rule(worksWithOwn, (s, t) -> s.get("/roles/" + groupOf(t) + "/group"), true, 3));
        rules.put(
                "POST /roles/{role}/group",
                new Rule(
                                READS_PARTICIPANT,
                                (s, t) -> s.post(
                                        "/roles/" + collectiveRole() + "/group",
                                        Map.of("participants", t.participant().toString())),
                                true)
                        .thingInBody(worksWithOwn));
    }

    /** A new collective role of the own organisation, for two to three people, at version 1; its id. */
    private UUID collectiveRole() {
        UUID role = UUID.randomUUID();
        owner().sql("""
                insert into valued_role (id, organisation_id, actor_id, version, title, talents, days, languages,
                    capacity, collective, minimum_group, gains, learning, taken, closed, changed_at, changed_by)
                values (?, ?, ?, 1, 'Matrix meal', '{COOKING}', '{}', '{}', 3, true, 2, '{LIGHT_TIES}', '{}', 0, false,
                    now(), ?)""")
                .params(role, own, placedActorIn(own, "Matrix"), ownCoordinator.id())
                .update();
        return role;
    }

    /** A new collective role whose group holds the target participant, agreed; the role's id. */
    private UUID groupOf(Target target) {
        UUID role = collectiveRole();
        owner().sql("update valued_role set taken = 1 where id = ?").param(role).update();
        owner().sql("""
                insert into role_taking (id, organisation_id, role_id, participant_id, version, status, proposed_by,
                    proposed_at, on_map, agreed_at)
                values (?, ?, ?, ?, 1, 'AGREED', ?, now(), true, now())""")
                .params(UUID.randomUUID(), own, role, target.participant(), ownCoordinator.id())
                .update();
        return role;
    }

    /**
     * The pages for taking a valued role: the same people as the API. The participant's page reads their takings and
     * their name (two rows), a taking's page the taking, the participant's name and the check-ins (three); each step
     * writes what its API twin writes.
     */
    private void roleTakingPageRules(Map<String, Rule> rules) {
        Predicate<Persona> agrees = READS_PARTICIPANT.and(p -> p.role() == Role.COORDINATOR);
        rules.put(
                "GET /roles/participants/{participant}",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get("/roles/participants/" + t.participant()), true, 2));
        rules.put(
                "POST /roles/participants/{participant}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/roles/participants/" + t.participant(),
                                Map.of(
                                        "role",
                                        roleOf(placedActorIn(own, "Matrix")).toString())),
                        true));
        rules.put(
                "GET /roles/takings/{taking}",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get("/roles/takings/" + takingOf(t, "ACTIVE")), true, 3));
        record Step(String name, String status, Map<String, String> form, Predicate<Persona> who, int auditRows) {}
        for (Step step : List.of(
                new Step("choose", "PROPOSED", Map.of("version", "1", "onMap", "yes"), READS_PARTICIPANT, 1),
                new Step("agree", "CHOSEN", Map.of("version", "1"), agrees, 2),
                new Step("start", "AGREED", Map.of("version", "1", "date", "2026-03-09"), READS_PARTICIPANT, 1),
                new Step(
                        "end",
                        "ACTIVE",
                        Map.of("version", "1", "date", "2026-06-01", "reason", "Matrix"),
                        READS_PARTICIPANT,
                        2),
                new Step("decline", "PROPOSED", Map.of("version", "1", "reason", "Matrix"), READS_PARTICIPANT, 1),
                new Step(
                        "check-ins", "ACTIVE", Map.of("date", "2026-02-15", "note", "Matrix"), READS_PARTICIPANT, 1))) {
            rules.put(
                    "POST /roles/takings/{taking}/" + step.name(),
                    new Rule(
                            step.who(),
                            (s, t) -> s.post(
                                    "/roles/takings/" + takingOf(t, step.status()) + "/" + step.name(), step.form()),
                            true,
                            step.auditRows()));
        }
    }

    /**
     * A taking by the target participant of a new role with one place, at {@code status} and version 1, written as
     * the owner; an agreed or active taking holds the role's place. Its id.
     */
    private UUID takingOf(Target target, String status) {
        UUID role = roleOf(placedActorIn(own, "Matrix"));
        boolean holdsPlace = status.equals("AGREED") || status.equals("ACTIVE");
        if (holdsPlace) {
            owner().sql("update valued_role set taken = 1 where id = ?")
                    .param(role)
                    .update();
        }
        UUID taking = UUID.randomUUID();
        owner().sql("""
                insert into role_taking (id, organisation_id, role_id, participant_id, version, status, proposed_by,
                    proposed_at, on_map, started_on)
                values (?, ?, ?, ?, 1, ?, ?, now(), ?, ?)""")
                .params(
                        taking,
                        own,
                        role,
                        target.participant(),
                        status,
                        ownCoordinator.id(),
                        status.equals("PROPOSED") ? null : Boolean.TRUE,
                        status.equals("ACTIVE") ? java.time.LocalDate.of(2026, 2, 1) : null)
                .update();
        return taking;
    }

    /** An actor with a place in {@code organisation}, written as the owner; its id. */
    private UUID placedActorIn(UUID organisation, String name) {
        UUID actor = UUID.randomUUID();
        UUID by = organisation.equals(own)
                ? ownCoordinator.id()
                : personas.get("coordinator, other organisation").account().id();
        owner().sql("""
                insert into neighbourhood_actor (id, organisation_id, version, source, name, kind, latitude, longitude,
                    changed_at, changed_by)
                values (?, ?, 1, 'MANUAL', ?, 'MEETING_PLACE', 51.05, 3.72, now(), ?)""").params(actor, organisation, name, by).update();
        return actor;
    }

    /** A role of the own organisation's {@code actor} at version 1, written as the owner; its id. */
    private UUID roleOf(UUID actor) {
        UUID role = UUID.randomUUID();
        owner().sql("""
                insert into valued_role (id, organisation_id, actor_id, version, title, talents, days, languages,
                    capacity, collective, gains, learning, taken, closed, changed_at, changed_by)
                values (?, ?, ?, 1, 'Matrix role', '{REPAIRS}', '{}', '{}', 1, false, '{VALUED_ROLE}', '{}', 0, false,
                    now(), ?)""").params(role, own, actor, ownCoordinator.id()).update();
        return role;
    }

    /** The version of the caller's neighbourhood settings as their import page names it ("0" where it cannot). */
    private static RecordedServer overpass;

    /** A local Overpass server that finds nothing around any centre: an import that is granted changes nothing. */
    private static synchronized RecordedServer overpass() {
        if (overpass == null) {
            overpass = new RecordedServer("/api/interpreter", "{\"version\":0.6,\"elements\":[]}");
        }
        return overpass;
    }

    @org.junit.jupiter.api.AfterAll
    static void stopOverpass() {
        if (overpass != null) {
            overpass.close();
        }
    }

    /** A file of one provider of De Sociale Kaart, with a place (so that no geocoder is asked). */
    private static byte[] socialeKaartFile() {
        return ("id,name,postcode,latitude,longitude\r\nSK-MATRIX,Matrix dienst,9000,51.05,3.72\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String neighbourhoodSettingsVersion(WebSession session) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(session.get("/neighbourhood/import").body());
        return version.find() ? version.group(1) : "0";
    }

    /** An actor of the own organisation at version 1, written as the owner; its id. */
    private UUID actorOf(Target target) {
        UUID actor = UUID.randomUUID();
        owner().sql("""
                insert into neighbourhood_actor (id, organisation_id, version, source, name, kind, changed_at, changed_by)
                values (?, ?, 1, 'MANUAL', 'Matrix actor', 'LIBRARY', now(), ?)""").params(actor, own, ownCoordinator.id()).update();
        return actor;
    }

    /**
     * A participant's places (issue 14b): the same people as for the network map; each call on the places writes one
     * audit row, and the pages that name the network map's members one more for reading the map.
     */
    private void placeRules(Map<String, Rule> rules) {
        String api = "/api/v1/participants/%s/places";
        String place = """
                {"kind":"PARK","name":"Matrix park","latitude":51.05,"longitude":3.72,"going":"GOES","visits":"WEEKLY"}""";
        rules.put(
                "GET /api/v1/participants/{participant}/places",
                new Rule(READS_PARTICIPANT, (s, t) -> s.getJson(api.formatted(t.participant())), true));
        rules.put(
                "GET /api/v1/participants/{participant}/places/geojson",
                new Rule(READS_PARTICIPANT, (s, t) -> s.getJson(api.formatted(t.participant()) + "/geojson"), true));
        rules.put(
                "POST /api/v1/participants/{participant}/places",
                new Rule(READS_PARTICIPANT, (s, t) -> s.sendJson("POST", api.formatted(t.participant()), place), true));
        rules.put(
                "PUT /api/v1/participants/{participant}/places/{place}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "PUT",
                                api.formatted(t.participant()) + "/" + placeOf(t),
                                "{\"version\":1," + place.substring(1)),
                        true));
        rules.put(
                "DELETE /api/v1/participants/{participant}/places/{place}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "DELETE", api.formatted(t.participant()) + "/" + placeOf(t) + "?version=1", ""),
                        true));
        // a lookup writes one audit row before anything is sent; the matrix's organisation sets no geocoder, so
        // nothing is sent and the answer says so
        String lookup = """
                {"kind":"PARK","street":"Kerkstraat","houseNumber":"1","postcode":"9000","municipality":"Gent"}""";
        rules.put(
                "POST /api/v1/participants/{participant}/places/lookup",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson("POST", api.formatted(t.participant()) + "/lookup", lookup),
                        true));
        String pages = "/participants/%s/places";
        rules.put(
                "POST /participants/{participant}/places/lookup",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                pages.formatted(t.participant()) + "/lookup",
                                Map.of(
                                        "kind",
                                        "PARK",
                                        "street",
                                        "Kerkstraat",
                                        "postcode",
                                        "9000",
                                        "municipality",
                                        "Gent")),
                        true,
                        3));
        rules.put(
                "GET /participants/{participant}/places",
                new Rule(READS_PARTICIPANT, (s, t) -> s.get(pages.formatted(t.participant())), true, 2));
        rules.put(
                "POST /participants/{participant}/places",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                pages.formatted(t.participant()),
                                Map.of(
                                        "kind",
                                        "PARK",
                                        "name",
                                        "Matrix park",
                                        "latitude",
                                        "51.05",
                                        "longitude",
                                        "3.72",
                                        "going",
                                        "GOES",
                                        "visits",
                                        "WEEKLY")),
                        true));
        rules.put(
                "GET /participants/{participant}/places/{place}/edit",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get(pages.formatted(t.participant()) + "/" + placeOf(t) + "/edit"),
                        true,
                        2));
        rules.put(
                "POST /participants/{participant}/places/{place}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                pages.formatted(t.participant()) + "/" + placeOf(t),
                                Map.of(
                                        "version",
                                        "1",
                                        "kind",
                                        "PARK",
                                        "name",
                                        "Matrix park",
                                        "latitude",
                                        "51.05",
                                        "longitude",
                                        "3.72",
                                        "going",
                                        "GOES",
                                        "visits",
                                        "DAILY")),
                        true));
        rules.put(
                "POST /participants/{participant}/places/{place}/remove",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                pages.formatted(t.participant()) + "/" + placeOf(t) + "/remove",
                                Map.of("version", "1")),
                        true));
    }

    /** A place of the target participant at version 1, written as the owner; its id. */
    private UUID placeOf(Target target) {
        UUID id = UUID.randomUUID();
        owner().sql("""
                insert into participant_place (id, organisation_id, participant_id, version, kind, name, latitude,
                    longitude, located_by, going, visits, changed_at, changed_by)
                values (?, ?, ?, 1, 'LIBRARY', 'Matrix library', 51.05, 3.72, 'PICKED', 'GOES', 'WEEKLY', now(), ?)""")
                .params(id, own, target.participant(), ownCoordinator.id())
                .update();
        return id;
    }

    /** A first version of the target participant's talent card, written as the owner; its number. */
    private int talentCardOf(Target target) {
        owner().sql("""
                insert into talent_card_version (id, organisation_id, participant_id, version, saved_at, saved_by)
                values (?, ?, ?, 1, now(), ?)""")
                .params(UUID.randomUUID(), own, target.participant(), ownCoordinator.id())
                .update();
        return 1;
    }

    /** A row of the own organisation's trail naming the target, written as the owner. */
    private long auditRow(Target target) {
        return owner().sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                values (?, now(), ?, 'LIST', 'participant', array[cast(? as uuid)]) returning id""")
                .params(own, ownCoordinator.id(), target.participant())
                .query(Long.class)
                .single();
    }

    /** A programme of the own organisation that the own coordinator coordinates, with what a call needs. */
    record Matching(UUID programme, UUID entry, UUID appliedBuddy, UUID approvedBuddy, UUID pair) {}

    private UUID matchingWithoutWaiting(Target target) {
        return matchingProgramme(false, target, null).programme();
    }

    private Matching matching(Target target, String pairStatus) {
        return matchingProgramme(true, target, pairStatus);
    }

    /**
     * Written as the owner, so that it adds no audit row: the programme, the target on its waiting list, an applied
     * buddy, an approved buddy whose account is the own buddy persona's, the target's consent to matching, and a pair in
     * the given status (if any).
     */
    private Matching matchingProgramme(boolean withWaiting, Target target, String pairStatus) {
        JdbcClient owner = owner();
        UUID programme = UUID.randomUUID();
        owner.sql("""
                insert into programme (id, organisation_id, name, weight_language, weight_interests, weight_proximity,
                    weight_availability, weight_preferences, waiting_days, waiting_points, expected_duration_weeks,
                    max_capacity, extract_required, must_share_language, max_distance_km, gender_wishes,
                    age_wishes_allowed, created_at, created_by)
                values (?, ?, 'Matrix', 10, 10, 10, 10, 10, 30, 10, 26, 1, false, false, 10, 'IGNORED', false, now(), ?)""").params(programme, own, ownCoordinator.id()).update();
        owner.sql("insert into programme_coordinator (programme_id, account_id, organisation_id) values (?, ?, ?)")
                .params(programme, ownCoordinator.id(), own)
                .update();
        UUID intake = UUID.randomUUID();
        owner.sql("insert into intake (id, organisation_id, age, gender) values (?, ?, 40, 'UNSTATED')")
                .params(intake, own)
                .update();
        UUID applied = UUID.randomUUID();
        UUID approved = UUID.randomUUID();
        owner.sql("""
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                    consent_given_at) values (?, ?, ?, 'Applied', ?, 'APPLIED', 1, ?, now(), now())""")
                .params(applied, own, programme, "applied-" + UUID.randomUUID() + "@test.brugwerk", intake)
                .update();
        owner.sql("""
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                    consent_given_at, intake_held, approved_at, account_id)
                values (?, ?, ?, 'Approved', ?, 'APPROVED', 1, ?, now(), now(), true, now(), ?)""")
                .params(
                        approved,
                        own,
                        programme,
                        "approved-" + UUID.randomUUID() + "@test.brugwerk",
                        intake,
                        personas.get("buddy").account().id())
                .update();
        UUID entry = null;
        UUID pair = null;
        if (withWaiting) {
            owner.sql("""
                    insert into consent (id, organisation_id, participant_id, purpose, given_at, recorded_by)
                    values (?, ?, ?, 'MATCHING', now(), ?)""")
                    .params(UUID.randomUUID(), own, target.participant(), ownCoordinator.id())
                    .update();
            entry = UUID.randomUUID();
            owner.sql("""
                    insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                    values (?, ?, ?, ?, date '2000-01-01', ?, 'WAITING')""")
                    .params(entry, own, programme, target.participant(), intake)
                    .update();
        }
        if (pairStatus != null) {
            pair = UUID.randomUUID();
            owner.sql("""
                    insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id,
                        status, score, fixed_by_coordinator, proposed_at, started_on, shared_name)
                    values (?, ?, ?, ?, ?, ?, ?, 1, false, now(), date '2000-01-01', 'Matrix')""")
                    .params(pair, own, programme, entry, target.participant(), approved, pairStatus)
                    .update();
        }
        return new Matching(programme, entry, applied, approved, pair);
    }

    static final Predicate<Persona> RUNS_COACHING =
            p -> p.role() == Role.COORDINATOR || p.role() == Role.ORGANISATION_ADMIN;

    /**
     * The coaching module's endpoints. A trajectory is worked in by whoever may work with its participant, a volunteer
     * coach only in their own (the target's trajectory has the assigned volunteer coach as coach).
     */
    private void coachingRules(Map<String, Rule> rules) {
        // one audit row: the trajectory list names only its page's participants (it no longer reads the whole
        // participant list, which wrote a row of its own)
        rules.put("GET /trajectories", new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.get("/trajectories"), true));
        rules.put(
                "GET /trajectories/new", new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.get("/trajectories/new"), true));
        rules.put(
                "POST /trajectories",
                new Rule(
                                READS_PARTICIPANT,
                                (s, t) -> s.post(
                                        "/trajectories",
                                        Map.of("participant", t.participant().toString(), "coach", coach().toString())),
                                true,
                                2)
                        .thingInBody(WORKS_WITH_PARTICIPANTS));
        rules.put(
                "GET /trajectories/{id}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get("/trajectories/" + coachingOf(t).trajectory()),
                        true,
                        3));
        rules.put(
                "POST /trajectories/{id}/steps/{step}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.post(
                                    "/trajectories/" + c.trajectory() + "/steps/" + c.step(),
                                    Map.of("status", "DONE", "notes", "Matrix", "version", "0"));
                        },
                        true));
        rules.put(
                "POST /trajectories/{id}/coach",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.post(
                                    "/trajectories/" + c.trajectory() + "/coach",
                                    Map.of(
                                            "coach",
                                            personas.get("professional, assigned")
                                                    .account()
                                                    .id()
                                                    .toString(),
                                            "version",
                                            "0"));
                        },
                        true,
                        2));
        rules.put(
                "POST /trajectories/{id}/wishes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/wishes",
                                Map.of("contact", "NEW", "description", "A neighbour")),
                        true));
        rules.put(
                "POST /trajectories/{id}/actions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/actions",
                                Map.of(
                                        "kind",
                                        "OTHER",
                                        "description",
                                        "Call",
                                        "performer",
                                        "PARTICIPANT",
                                        "dueOn",
                                        "2028-01-01")),
                        true));
        rules.put(
                "POST /trajectories/{id}/actions/{action}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.post(
                                    "/trajectories/" + c.trajectory() + "/actions/" + c.action(),
                                    Map.of("description", "Call later", "dueOn", "2028-02-01", "version", "0"));
                        },
                        true));
        rules.put(
                "POST /trajectories/{id}/actions/{action}/status",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.post(
                                    "/trajectories/" + c.trajectory() + "/actions/" + c.action() + "/status",
                                    Map.of("status", "DONE", "version", "0"));
                        },
                        true));
        rules.put(
                "POST /trajectories/{id}/successes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/successes",
                                Map.of("occurredOn", "2026-03-01", "description", "Coffee")),
                        true));
        rules.put(
                "POST /trajectories/{id}/sessions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/sessions",
                                Map.of("heldOn", "2026-03-01", "durationMinutes", "45")),
                        true,
                        3));
        rules.put(
                "POST /trajectories/{id}/notes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/notes",
                                Map.of("text", "Matrix note", "visibility", "SHARED")),
                        true));
        rules.put(
                "POST /trajectories/{id}/support-plan",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/support-plan",
                                Map.of("who", "Aunt", "involve", "true")),
                        true));
        rules.put(
                "POST /trajectories/{id}/round-tables",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/round-tables",
                                Map.of("plannedOn", "2028-01-01", "agenda", "Who helps", "participantCentral", "true")),
                        true));
        rules.put(
                "POST /trajectories/{id}/round-tables/{table}/agreements",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.post(
                                    "/trajectories/" + c.trajectory() + "/round-tables/" + c.roundTable()
                                            + "/agreements",
                                    Map.of("agreements", "Weekly call", "version", "0"));
                        },
                        true));
        rules.put(
                "GET /trajectories/{id}/close",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get("/trajectories/" + coachingOf(t).trajectory() + "/close"),
                        true,
                        7));
        rules.put(
                "POST /trajectories/{id}/close",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/close",
                                Map.of("followUpOn", "2028-01-01", "version", "0")),
                        true));
        // 7: since the printout draws the map before and after, it also reads (and audits) the network's change
        rules.put(
                "GET /trajectories/{id}/printout",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get("/trajectories/" + coachingOf(t).trajectory() + "/printout"),
                        true,
                        7));
        rules.put(
                "GET /trajectories/{id}/outcomes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get("/trajectories/" + coachingOf(t).trajectory() + "/outcomes"),
                        true,
                        5));
        rules.put(
                "GET /trajectories/{id}/measurements/new",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.get("/trajectories/" + coachingOf(t).trajectory()
                                + "/measurements/new?instrument=DE_JONG_GIERVELD_6"),
                        true,
                        3));
        rules.put(
                "POST /trajectories/{id}/measurements",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.post(
                                "/trajectories/" + coachingOf(t).trajectory() + "/measurements",
                                Map.of(
                                        "instrument",
                                        "DE_JONG_GIERVELD_6",
                                        "format",
                                        "THREE_CATEGORIES",
                                        "measuredOn",
                                        "2026-03-01",
                                        "a.SENSE_OF_EMPTINESS",
                                        "YES",
                                        "save",
                                        "draft")),
                        true));
        rules.put(
                "GET /trajectories/{id}/measurements/{measurement}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.get("/trajectories/" + c.trajectory() + "/measurements/" + c.finished());
                        },
                        true));
        rules.put(
                "POST /trajectories/{id}/measurements/{measurement}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.post(
                                    "/trajectories/" + c.trajectory() + "/measurements/" + c.draft(),
                                    Map.of(
                                            "instrument",
                                            "LSNS_6",
                                            "measuredOn",
                                            "2026-03-01",
                                            "a.RELATIVES_SEEN_MONTHLY",
                                            "TWO",
                                            "save",
                                            "draft",
                                            "version",
                                            "0"));
                        },
                        true));
        rules.put(
                "GET /api/v1/trajectories",
                new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.getJson("/api/v1/trajectories"), true));
        rules.put(
                "POST /api/v1/trajectories",
                new Rule(
                                READS_PARTICIPANT,
                                (s, t) -> s.sendJson(
                                        "POST",
                                        "/api/v1/trajectories",
                                        "{\"participant\":\"" + t.participant() + "\",\"coach\":\"" + coach() + "\"}"),
                                true,
                                2)
                        .thingInBody(WORKS_WITH_PARTICIPANTS));
        rules.put(
                "GET /api/v1/trajectories/{id}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson(
                                "/api/v1/trajectories/" + coachingOf(t).trajectory()),
                        true,
                        3));
        rules.put(
                "POST /api/v1/trajectories/{id}/actions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/actions",
                                "{\"kind\":\"OTHER\",\"description\":\"Call\",\"performer\":\"COACH\"}"),
                        true));
        rules.put(
                "POST /api/v1/trajectories/{id}/sessions",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/sessions",
                                "{\"heldOn\":\"2026-03-01\",\"durationMinutes\":\"30\"}"),
                        true,
                        3));
        rules.put(
                "POST /api/v1/trajectories/{id}/measurements",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/measurements",
                                "{\"instrument\":\"LSNS_6\",\"measuredOn\":\"2026-03-01\",\"answers\":{\"RELATIVES_SEEN_MONTHLY\":\"TWO\"},\"complete\":false}"),
                        true));
        trajectoryApiRules(rules);
        pageParityApiRules(rules);
        rules.put(
                "GET /coaching/organisation",
                new Rule(RUNS_COACHING, (s, t) -> s.get("/coaching/organisation"), false));
        rules.put(
                "POST /coaching/settings",
                new Rule(
                        RUNS_COACHING,
                        (s, t) -> s.post(
                                "/coaching/settings",
                                Map.of(
                                        "lsnsAtRiskBelow",
                                        "12",
                                        "stuckAfterWeeks",
                                        "4",
                                        "version",
                                        versionOn(s, "/coaching/organisation"))),
                        false));
        rules.put("GET /coaching/steps", new Rule(RUNS_COACHING, (s, t) -> s.get("/coaching/steps"), false));
        rules.put(
                "POST /coaching/steps",
                new Rule(
                        RUNS_COACHING,
                        (s, t) -> s.post(
                                "/coaching/steps",
                                Map.of(
                                        "position.0",
                                        "1",
                                        "default.0",
                                        "1",
                                        "name.new",
                                        "",
                                        "version",
                                        versionOn(s, "/coaching/steps"))),
                        false));
    }

    /**
     * The API's counterparts of the buddy programme and organisation coaching pages (issue 10): who may is who may on
     * the page, except that the API is the coordinator's (an organisation admin oversees programmes on the pages only),
     * with the same audit rows as the page that does the same.
     */
    private void pageParityApiRules(Map<String, Rule> rules) {
        rules.put(
                "GET /api/v1/coaching/settings",
                new Rule(RUNS_COACHING, (s, t) -> s.getJson("/api/v1/coaching/settings"), false));
        rules.put(
                "PUT /api/v1/coaching/settings",
                new Rule(
                        RUNS_COACHING,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/coaching/settings",
                                "{\"lsnsAtRiskBelow\":12,\"stuckAfterWeeks\":4,\"version\":\""
                                        + apiVersionOn(s, "/api/v1/coaching/settings") + "\"}"),
                        false));
        rules.put(
                "GET /api/v1/coaching/steps",
                new Rule(RUNS_COACHING, (s, t) -> s.getJson("/api/v1/coaching/steps"), false));
        rules.put(
                "PUT /api/v1/coaching/steps",
                new Rule(
                        RUNS_COACHING,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/coaching/steps",
                                "{\"steps\":[{\"defaultStep\":1}],\"version\":\""
                                        + apiVersionOn(s, "/api/v1/coaching/steps") + "\"}"),
                        false));
        rules.put(
                "POST /api/v1/programmes",
                new Rule(
                        COORDINATES,
                        (s, t) -> s.sendJson("POST", "/api/v1/programmes", programmeJson("Matrix API programme", "")),
                        false));
        rules.put(
                "GET /api/v1/programmes/{id}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.getJson(
                                "/api/v1/programmes/" + matching(t, null).programme()),
                        false));
        rules.put(
                "PUT /api/v1/programmes/{id}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/programmes/" + matching(t, null).programme(),
                                programmeJson("Matrix API changed", ",\"version\":\"0\"")),
                        false));
        rules.put(
                "PUT /api/v1/programmes/{id}/coordinators/{account}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/programmes/" + matching(t, null).programme() + "/coordinators/"
                                        + t.colleague(),
                                ""),
                        false));
        rules.put(
                "GET /api/v1/programmes/{id}/runs/latest",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            UUID programme = matching(t, null).programme();
                            sessions.get(personas.get("coordinator"))
                                    .sendJson("POST", "/api/v1/programmes/" + programme + "/runs", "");
                            return s.getJson("/api/v1/programmes/" + programme + "/runs/latest");
                        },
                        false));
        // the waiting list names its participants: one audit row, as the page's list
        rules.put(
                "GET /api/v1/programmes/{id}/waiting",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.getJson(
                                "/api/v1/programmes/" + matching(t, null).programme() + "/waiting"),
                        true));
        rules.put(
                "POST /api/v1/programmes/{id}/waiting",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/programmes/" + matchingWithoutWaiting(t) + "/waiting",
                                "{\"participant\":\"" + t.participant() + "\",\"age\":\"30\",\"gender\":\"WOMAN\"}"),
                        false));
        rules.put(
                "GET /api/v1/programmes/{id}/waiting/{entryId}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.getJson("/api/v1/programmes/" + m.programme() + "/waiting/" + m.entry());
                        },
                        true));
        rules.put(
                "PUT /api/v1/programmes/{id}/waiting/{entryId}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/programmes/" + m.programme() + "/waiting/" + m.entry(),
                                    "{\"age\":\"30\",\"gender\":\"WOMAN\",\"languages\":[{\"code\":\"nl\",\"level\":\"B1\"}],"
                                            + "\"version\":\"0\"}");
                        },
                        true));
        rules.put(
                "GET /api/v1/programmes/{id}/buddies",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.getJson(
                                "/api/v1/programmes/" + matching(t, null).programme() + "/buddies"),
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/buddies",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/programmes/" + matching(t, null).programme() + "/buddies",
                                "{\"name\":\"Matrix API buddy\",\"email\":\"mab-" + UUID.randomUUID()
                                        + "@test.brugwerk\",\"capacity\":1,\"consent\":true,\"age\":40,\"gender\":\"MAN\"}"),
                        false));
        rules.put(
                "GET /api/v1/programmes/{id}/buddies/{buddyId}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.getJson("/api/v1/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy());
                        },
                        false));
        rules.put(
                "PUT /api/v1/programmes/{id}/buddies/{buddyId}",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy(),
                                    "{\"name\":\"Matrix API edited\",\"email\":\"mae-" + UUID.randomUUID()
                                            + "@test.brugwerk\",\"capacity\":1,\"age\":40,\"gender\":\"MAN\",\"version\":\"0\"}");
                        },
                        false));
        rules.put(
                "POST /api/v1/programmes/{id}/buddies/{buddyId}/approve",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> {
                            Matching m = matching(t, null);
                            return s.sendJson(
                                    "POST",
                                    "/api/v1/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy() + "/approve",
                                    "{\"intakeHeld\":true}");
                        },
                        false));
        buddyHomeRules(rules);
    }

    /**
     * Where a buddy lives (issue 14.5): the programme's coordinators only, on the page and over the API. Each call is on a
     * fresh programme, so version 0 is the one read; the matrix's organisation sets no geocoder, so a lookup sends
     * nothing and says so.
     */
    private void buddyHomeRules(Map<String, Rule> rules) {
        BiFunction<Target, String, String> api = (t, tail) -> {
            Matching m = matching(t, null);
            return "/api/v1/programmes/" + m.programme() + "/buddies/" + m.appliedBuddy() + "/home" + tail;
        };
        BiFunction<Target, String, String> page =
                (t, tail) -> api.apply(t, tail).substring("/api/v1".length());
        rules.put(
                "GET /api/v1/programmes/{id}/buddies/{buddyId}/home",
                new Rule(COORDINATES_PROGRAMME, (s, t) -> s.getJson(api.apply(t, "")), false));
        rules.put(
                "PUT /api/v1/programmes/{id}/buddies/{buddyId}/home",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "PUT", api.apply(t, ""), "{\"latitude\":51.05,\"longitude\":3.72,\"version\":\"0\"}"),
                        false));
        rules.put(
                "DELETE /api/v1/programmes/{id}/buddies/{buddyId}/home",
                new Rule(COORDINATES_PROGRAMME, (s, t) -> s.sendJson("DELETE", api.apply(t, "?version=0"), ""), false));
        rules.put(
                "POST /api/v1/programmes/{id}/buddies/{buddyId}/home/lookup",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.sendJson(
                                "POST",
                                api.apply(t, "/lookup"),
                                "{\"street\":\"Kerkstraat\",\"postcode\":\"9000\",\"municipality\":\"Gent\"}"),
                        false));
        rules.put(
                "GET /programmes/{id}/buddies/{buddyId}/home",
                new Rule(COORDINATES_PROGRAMME, (s, t) -> s.get(page.apply(t, "")), false));
        rules.put(
                "POST /programmes/{id}/buddies/{buddyId}/home",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(
                                page.apply(t, ""), Map.of("latitude", "51.05", "longitude", "3.72", "version", "0")),
                        false));
        rules.put(
                "POST /programmes/{id}/buddies/{buddyId}/home/remove",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(page.apply(t, "/remove"), Map.of("version", "0")),
                        false));
        rules.put(
                "POST /programmes/{id}/buddies/{buddyId}/home/lookup",
                new Rule(
                        COORDINATES_PROGRAMME,
                        (s, t) -> s.post(
                                page.apply(t, "/lookup"),
                                Map.of("street", "Kerkstraat", "postcode", "9000", "municipality", "Gent")),
                        false));
    }

    /** A programme's settings as the API takes them, with {@code more} fields after them. */
    private static String programmeJson(String name, String more) {
        return "{\"name\":\"" + name + "\",\"weightLanguage\":1,\"weightInterests\":1,\"weightProximity\":1,"
                + "\"weightAvailability\":1,\"weightPreferences\":1,\"waitingDays\":30,\"waitingPoints\":10,"
                + "\"expectedDurationWeeks\":26,\"maxCapacity\":1,\"maxDistanceKm\":10,\"genderWishes\":\"IGNORED\","
                + "\"checkInIntervalDays\":14" + more + "}";
    }

    /** The version the API gives of what it answers at {@code path}; 0 for whoever may not read it. */
    private static String apiVersionOn(WebSession session, String path) {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\":\"(\\d+)\"")
                .matcher(session.getJson(path).body());
        return version.find() ? version.group(1) : "0";
    }

    /**
     * The trajectory API's counterparts of the pages' actions (issue 10): the same rules and the same audit rows as the
     * page that does the same, except where the page also reads the whole trajectory to show it again.
     */
    private void trajectoryApiRules(Map<String, Rule> rules) {
        rules.put(
                "GET /api/v1/trajectories/start-choices",
                new Rule(WORKS_WITH_PARTICIPANTS, (s, t) -> s.getJson("/api/v1/trajectories/start-choices"), true));
        rules.put(
                "GET /api/v1/trajectories/{id}/printout",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson(
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/printout"),
                        true,
                        3));
        // the trajectory's head and the map's versions, each audited by its own module
        rules.put(
                "GET /api/v1/trajectories/{id}/network-change",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson(
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/network-change"),
                        true,
                        2));
        rules.put(
                "GET /api/v1/trajectories/{id}/coach-candidates",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> s.getJson(
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/coach-candidates"),
                        true,
                        3));
        rules.put(
                "PUT /api/v1/trajectories/{id}/coach",
                new Rule(
                        CHANGES_CASELOAD,
                        (s, t) -> s.sendJson(
                                "PUT",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/coach",
                                "{\"coach\":\""
                                        + personas.get("professional, assigned")
                                                .account()
                                                .id()
                                        + "\",\"version\":0}"),
                        true,
                        2));
        rules.put(
                "POST /api/v1/trajectories/{id}/close",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/close",
                                "{\"followUpOn\":\"2028-01-01\",\"version\":0}"),
                        true));
        rules.put(
                "PUT /api/v1/trajectories/{id}/steps/{step}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/trajectories/" + c.trajectory() + "/steps/" + c.step(),
                                    "{\"status\":\"DONE\",\"notes\":\"Matrix\",\"version\":0}");
                        },
                        true));
        rules.put(
                "POST /api/v1/trajectories/{id}/wishes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/wishes",
                                "{\"contact\":\"NEW\",\"description\":\"A neighbour\"}"),
                        true));
        rules.put(
                "POST /api/v1/trajectories/{id}/support-plan",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/support-plan",
                                "{\"who\":\"Aunt\",\"involve\":\"true\"}"),
                        true));
        rules.put(
                "PUT /api/v1/trajectories/{id}/actions/{action}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/trajectories/" + c.trajectory() + "/actions/" + c.action(),
                                    "{\"description\":\"Call later\",\"dueOn\":\"2028-02-01\",\"version\":0}");
                        },
                        true));
        rules.put(
                "PUT /api/v1/trajectories/{id}/actions/{action}/status",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/trajectories/" + c.trajectory() + "/actions/" + c.action() + "/status",
                                    "{\"status\":\"DONE\",\"version\":0}");
                        },
                        true));
        rules.put(
                "POST /api/v1/trajectories/{id}/round-tables",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/round-tables",
                                "{\"plannedOn\":\"2028-01-01\",\"agenda\":\"Who helps\",\"participantCentral\":\"true\"}"),
                        true));
        rules.put(
                "PUT /api/v1/trajectories/{id}/round-tables/{table}/agreements",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/trajectories/" + c.trajectory() + "/round-tables/" + c.roundTable()
                                            + "/agreements",
                                    "{\"agreements\":\"Weekly call\",\"version\":0}");
                        },
                        true));
        rules.put(
                "POST /api/v1/trajectories/{id}/notes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/notes",
                                "{\"text\":\"Matrix note\",\"visibility\":\"SHARED\"}"),
                        true));
        rules.put(
                "POST /api/v1/trajectories/{id}/successes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/successes",
                                "{\"occurredOn\":\"2026-03-01\",\"description\":\"Coffee\"}"),
                        true));
        // the questionnaires and the network figures over time, each audited by its own module
        rules.put(
                "GET /api/v1/trajectories/{id}/outcomes",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> s.getJson(
                                "/api/v1/trajectories/" + coachingOf(t).trajectory() + "/outcomes"),
                        true,
                        2));
        rules.put(
                "GET /api/v1/trajectories/{id}/measurements/{measurement}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.getJson(
                                    "/api/v1/trajectories/" + c.trajectory() + "/measurements/" + c.finished());
                        },
                        true));
        rules.put(
                "PUT /api/v1/trajectories/{id}/measurements/{measurement}",
                new Rule(
                        READS_PARTICIPANT,
                        (s, t) -> {
                            CoachingTarget c = coachingOf(t);
                            return s.sendJson(
                                    "PUT",
                                    "/api/v1/trajectories/" + c.trajectory() + "/measurements/" + c.draft(),
                                    "{\"instrument\":\"LSNS_6\",\"measuredOn\":\"2026-03-01\",\"answers\":{\"RELATIVES_SEEN_MONTHLY\":\"TWO\"},\"complete\":false,\"version\":0}");
                        },
                        true));
    }

    /** The version a page's form read its row at (the organisation's coaching settings are shared by every call). */
    private static String versionOn(WebSession session, String page) {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(session.get(page).body());
        return version.find() ? version.group(1) : "0";
    }

    private UUID coach() {
        return personas.get("volunteer coach, assigned").account().id();
    }

    /** A trajectory of the target, coached by the assigned volunteer coach, written straight into the database. */
    record CoachingTarget(UUID trajectory, UUID step, UUID action, UUID roundTable, UUID draft, UUID finished) {}

    private CoachingTarget coachingOf(Target target) {
        CoachingTarget c = new CoachingTarget(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID());
        JdbcClient owner = owner();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                values (?, ?, ?, ?, date '2026-02-01', now(), ?)""")
                .params(c.trajectory(), own, target.participant(), coach(), ownCoordinator.id())
                .update();
        owner.sql("""
                insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, status)
                values (?, ?, ?, 1, 1, 'NOT_STARTED')""").params(c.step(), c.trajectory(), own).update();
        owner.sql("""
                insert into coaching_action (id, trajectory_id, organisation_id, kind, description, performer, status, created_at)
                values (?, ?, ?, 'OTHER', 'Matrix', 'PARTICIPANT', 'OPEN', now())""").params(c.action(), c.trajectory(), own).update();
        owner.sql("""
                insert into round_table (id, trajectory_id, organisation_id, planned_on, agenda, created_at)
                values (?, ?, ?, date '2026-04-01', 'Matrix', now())""").params(c.roundTable(), c.trajectory(), own).update();
        for (UUID measurement : List.of(c.draft(), c.finished())) {
            owner.sql("""
                    insert into outcome_measurement (id, trajectory_id, organisation_id, instrument, measured_on, complete,
                        lsns_at_risk_below, created_by, updated_at)
                    values (?, ?, ?, 'LSNS_6', date '2026-02-15', ?, 12, ?, now())""")
                    .params(measurement, c.trajectory(), own, measurement.equals(c.finished()), ownCoordinator.id())
                    .update();
        }
        return c;
    }

    /** A version of the target's map, written straight into the database so that it adds no audit row. */
    private UUID versionOf(Target target) {
        UUID id = UUID.randomUUID();
        owner().sql("""
                insert into network_map_version (id, participant_id, organisation_id, taken_at, taken_by, reason, content)
                values (?, ?, ?, now(), ?, 'SNAPSHOT', '{"version":0,"members":[],"ties":[]}')""")
                .params(id, target.participant(), own, ownCoordinator.id())
                .update();
        return id;
    }

    private static final Pattern TOKEN_ID = Pattern.compile("/tokens/([0-9a-f-]{36})/revoke");

    /** A token of the caller's own to revoke; a random id for whoever cannot make one. */
    private static String ownTokenOf(WebSession session) {
        Matcher id = TOKEN_ID.matcher(session.post("/tokens", Map.of("name", "To revoke", "validForDays", "1"))
                .body());
        return id.find() ? id.group(1) : UUID.randomUUID().toString();
    }

    @BeforeAll
    void twoOrganisationsWithEveryRole() {
        own = accounts.organisation("Matrix own");
        other = accounts.organisation("Matrix other");
        persona("anonymous", null, true, false, null);
        persona("platform admin", Role.PLATFORM_ADMIN, false, false, accounts.account(null, Role.PLATFORM_ADMIN));
        for (Role role : List.of(Role.ORGANISATION_ADMIN, Role.COORDINATOR)) {
            persona(role.name().toLowerCase(), role, true, false, accounts.account(own, role));
            persona(
                    role.name().toLowerCase() + ", other organisation",
                    role,
                    false,
                    false,
                    accounts.account(other, role));
        }
        for (Role role : List.of(Role.PROFESSIONAL, Role.VOLUNTEER_COACH)) {
            String name = role == Role.PROFESSIONAL ? "professional" : "volunteer coach";
            persona(name + ", assigned", role, true, true, accounts.account(own, role));
            persona(name + ", not assigned", role, true, false, accounts.account(own, role));
            persona(name + ", other organisation", role, false, false, accounts.account(other, role));
        }
        persona("buddy", Role.BUDDY, true, false, accounts.account(own, Role.BUDDY));
        persona("buddy, other organisation", Role.BUDDY, false, false, accounts.account(other, Role.BUDDY));
        ownCoordinator = personas.get("coordinator").account();
        for (Persona persona : personas.values()) {
            WebSession session = new WebSession(port);
            if (persona.account() != null) {
                assertThat(session.signIn(persona.account().email(), TestAccounts.PASSWORD))
                        .as(persona.name())
                        .isTrue();
            }
            sessions.put(persona, session);
        }
    }

    @Test
    void hasARuleForEveryEndpoint() {
        Set<String> endpoints = endpoints();
        assertThat(endpoints).isNotEmpty();
        assertThat(new TreeSet<>(rules().keySet())).containsAll(endpoints);
        assertThat(endpoints).as("rules for endpoints that no longer exist").containsAll(rules().keySet());
    }

    @Test
    void grantsAndDeniesExactlyAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> endpoint : rules().entrySet()) {
            for (Persona persona : personas.values()) {
                Target target = freshParticipant();
                long auditBefore = auditRows();
                HttpResponse<String> response = endpoint.getValue().call().apply(sessions.get(persona), target);
                if (response == null) {
                    continue;
                }
                boolean allowed = endpoint.getValue().allowed().test(persona);
                boolean granted = granted(response);
                if (allowed != granted) {
                    wrong.add(endpoint.getKey() + " by " + persona.name() + ": expected "
                            + (allowed ? "granted" : "denied") + ", got " + response.statusCode() + " "
                            + response.headers().firstValue("Location").orElse(""));
                }
                if (granted && endpoint.getValue().participantData()) {
                    long added = auditRows() - auditBefore;
                    if (added != endpoint.getValue().auditRows()) {
                        wrong.add(endpoint.getKey() + " by " + persona.name() + ": " + added + " audit rows");
                    }
                }
                if (!granted && persona.role() == null && endpoint.getKey().contains("/api/")) {
                    assertThat(response.statusCode())
                            .as(endpoint.getKey() + " anonymously")
                            .isEqualTo(401);
                }
                if (!allowed && !granted) {
                    wrong.addAll(refusedAlsoForInvalidInput(endpoint, persona, response));
                }
            }
        }
        System.out.printf(
                "AuthorizationMatrixTests: %d refusals also sent with invalid input, in %.1f s%n",
                invalidCalls, invalidNanos / 1e9);
        assertThat(wrong).isEmpty();
    }

    int invalidCalls;
    long invalidNanos;

    /**
     * Who may not use an endpoint is refused before anything they sent is looked at (ADR 0006): the refusal is a
     * refusal (401, 403, 404 or the sign-in page, never 400), and the same with input that is missing, of the wrong
     * kind or malformed as with good input. Every writing endpoint is tried so, and every page or API read whose good
     * call has query parameters (then asked for without them).
     */
    private List<String> refusedAlsoForInvalidInput(
            Map.Entry<String, Rule> endpoint, Persona persona, HttpResponse<String> refused) {
        List<String> wrong = new ArrayList<>();
        String name = endpoint.getKey() + " by " + persona.name();
        if (!refusal(refused)) {
            wrong.add(name + ": refused with " + refused.statusCode() + ", not 401, 403, 404 or the sign-in page");
        }
        boolean takesInput =
                !endpoint.getKey().startsWith("GET ") || refused.request().uri().getQuery() != null;
        if (!takesInput || !endpoint.getValue().refusedWhateverSent().test(persona)) {
            return wrong;
        }
        WebSession session = sessions.get(persona);
        long start = System.nanoTime();
        Target target =
                freshParticipant(); // the good call's fixtures (a waiting entry, a consent) may not be made twice
        HttpResponse<String> invalid =
                session.withInvalidInput(() -> endpoint.getValue().call().apply(session, target));
        invalidNanos += System.nanoTime() - start;
        invalidCalls++;
        if (invalid.statusCode() != refused.statusCode() || !location(invalid).equals(location(refused))) {
            wrong.add(name + " with invalid input: " + invalid.statusCode() + " " + location(invalid)
                    + " where good input got " + refused.statusCode() + " " + location(refused));
        }
        return wrong;
    }

    private static boolean refusal(HttpResponse<String> response) {
        int status = response.statusCode();
        return status == 401
                || status == 403
                || status == 404
                || status == 302 && location(response).contains("/login");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void listsExactlyTheParticipantsWhoseDetailsOneMayOpen() {
        List<UUID> candidates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            candidates.add(freshParticipant().participant());
        }
        for (Persona persona : personas.values()) {
            if (!WORKS_WITH_PARTICIPANTS.test(persona)) {
                continue;
            }
            WebSession session = sessions.get(persona);
            Set<UUID> openable = new HashSet<>();
            for (UUID id : candidates) {
                if (session.getJson("/api/v1/participants/" + id).statusCode() == 200) {
                    openable.add(id);
                }
            }
            long auditBefore = auditRows();
            Set<UUID> listed =
                    ids(JSON_IDS, session.getJson("/api/v1/participants").body());
            Set<UUID> searched = ids(
                    JSON_IDS, session.getJson("/api/v1/participants?q=Matrix").body());
            Set<UUID> onPage = ids(PAGE_IDS, session.get("/participants").body());

            assertThat(auditRows() - auditBefore)
                    .as(persona.name() + ": one audit row per list or search")
                    .isEqualTo(3);
            assertThat(listed).as(persona.name() + " list").containsAll(openable);
            assertThat(openable).as(persona.name() + " list").containsAll(intersect(listed, candidates));
            assertThat(intersect(searched, candidates))
                    .as(persona.name() + " search")
                    .isEqualTo(openable);
            assertThat(intersect(onPage, candidates))
                    .as(persona.name() + " page")
                    .isEqualTo(openable);
            assertThat(openable).as(persona.name()).hasSize(READS_PARTICIPANT.test(persona) ? candidates.size() : 0);
            assertThat(lastAuditSubjects())
                    .as("the search's audit row names what it returned")
                    .isEqualTo(searched);
        }
    }

    private Target freshParticipant() {
        UUID id = accounts.consentedParticipant(
                own,
                "Matrix participant",
                "{}",
                ownCoordinator,
                personas.get("professional, assigned").account(),
                personas.get("volunteer coach, assigned").account());
        return new Target(
                id,
                personas.get("professional, not assigned").account().id(),
                0,
                () -> accounts.account(own, Role.VOLUNTEER_COACH).id(),
                () -> accounts.account(own, Role.COORDINATOR).id());
    }

    private static boolean granted(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 302) {
            String location = response.headers().firstValue("Location").orElse("");
            return !location.contains("/login") && !location.contains("/error");
        }
        return status >= 200 && status < 300;
    }

    private long auditRows() {
        return owner().sql("select count(*) from audit_event").query(Long.class).single();
    }

    private Set<UUID> lastAuditSubjects() {
        return new HashSet<>(
                owner().sql("select unnest(subject_ids) from audit_event where id = (select max(id) from audit_event)")
                        .query(UUID.class)
                        .list());
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private static final String UUID_PATTERN = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
    private static final Pattern JSON_IDS = Pattern.compile("\"id\":\"" + UUID_PATTERN + "\"");
    private static final Pattern PAGE_IDS = Pattern.compile("data-participant-id=\"" + UUID_PATTERN + "\"");

    private static Set<UUID> ids(Pattern pattern, String body) {
        Set<UUID> ids = new HashSet<>();
        Matcher matcher = pattern.matcher(body);
        while (matcher.find()) {
            ids.add(UUID.fromString(matcher.group(1)));
        }
        return ids;
    }

    private static Set<UUID> intersect(Set<UUID> found, List<UUID> candidates) {
        Set<UUID> result = new HashSet<>(found);
        result.retainAll(candidates);
        return result;
    }

    private void persona(String name, Role role, boolean ownOrganisation, boolean assigned, Account account) {
        personas.put(name, new Persona(name, role, ownOrganisation, assigned, account));
    }

    private Set<String> endpoints() {
        return Endpoints.of(mappings);
    }
}
