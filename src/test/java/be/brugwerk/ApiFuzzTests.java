package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.OpenApiFuzzer;
import be.brugwerk.support.OpenApiFuzzer.Operation;
import be.brugwerk.support.OpenApiFuzzer.Request;
import be.brugwerk.support.TenantTableFixtures;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No request to the JSON API ever gets a 5xx: for every operation under /api/v1 in the OpenAPI description, a fixed
 * number of requests made from its parameters and schemas by a seeded generator ({@link OpenApiFuzzer}), well-formed
 * and hostile, sent by every role (by session and by API token) and anonymously, with ids of the caller's own
 * organisation, of another one, unknown and malformed. A request that gets a 5xx is shrunk and printed with its role.
 * Seed and tries: {@code -Dfuzz.seed=... -Dfuzz.tries=...} (docs/security.md).
 */
@FullStackTest
class ApiFuzzTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20261205L);
    /**
     * Two requests per caller and operation by default: 119 operations took 65 s so on a loaded 2-core machine, within
     * the two minutes of CI the run may take; 60 took 262 s.
     */
    private static final int TRIES_PER_OPERATION = Integer.getInteger("fuzz.tries", 30);

    private static final Pattern SECRET =
            Pattern.compile("id=\"secret\" class=\"link\" readonly value=\"([A-Za-z0-9_-]{43})\"");
    private static final Pattern UUIDS =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    /** Someone who calls: by a signed-in session, by an API token (a script), or anonymously. */
    record Caller(String name, WebSession session, String token) {

        HttpResponse<String> send(Request request) {
            String body = request.body();
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            if (token == null && body != null) {
                return session.sendFile(
                        request.operation().method(),
                        request.target(),
                        request.contentType(),
                        body.getBytes(StandardCharsets.UTF_8));
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(session.uri(request.target()))
                    .header("Accept", "application/json")
                    .header("Content-Type", request.contentType())
                    .method(request.operation().method(), publisher);
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return session.send(builder);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void noRequestToTheApiGetsAServerError() {
        UUID own = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        new TenantTableFixtures(owner()).fillEveryTenantTable(own, other);
        Ids ids = new Ids(own, other);
        List<Caller> callers = callers(own, other);
        JsonNode description = JsonMapper.builder()
                .build()
                .readTree(callers.get(1).session().getJson("/v3/api-docs").body());
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(description, ids);
        List<Operation> operations = fuzzer.operations("/api/v1/");
        System.out.printf(
                "API fuzz: seed %d, %d tries per operation, %d operations, %d callers%n",
                SEED, TRIES_PER_OPERATION, operations.size(), callers.size());

        long started = System.nanoTime();
        int requests = 0;
        int serverErrors = 0;
        Map<Integer, Integer> statuses = new HashMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> errorsWithoutProblem = new LinkedHashMap<>();
        for (Operation operation : operations) {
            Random random = new Random(SEED ^ operation.toString().hashCode());
            for (int attempt = 0; attempt < TRIES_PER_OPERATION; attempt++) {
                Caller caller = callers.get(attempt % callers.size());
                Request request = fuzzer.request(operation, random, attempt % 3 != 0);
                HttpResponse<String> response = send(caller, request);
                requests++;
                statuses.merge(status(response), 1, Integer::sum);
                if (status(response) >= 500) {
                    serverErrors++;
                    Request shrunk = fuzzer.shrink(request, smaller -> status(send(caller, smaller)) >= 500, 300);
                    HttpResponse<String> again = send(caller, shrunk);
                    failures.add(status(response) + " for " + caller + ": " + request + "\n    shrunk (" + status(again)
                            + "): " + shrunk + "\n    answer: " + abbreviate(again == null ? "(none)" : again.body()));
                } else if (response != null
                        && status(response) < 300
                        && caller.name().startsWith("own")) {
                    ids.harvest(response.body());
                } else if (response != null
                        && status(response) >= 400
                        && !response.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .contains("json")) {
                    errorsWithoutProblem.merge(status(response) + " " + operation, 1, Integer::sum);
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf(
                "API fuzz: %d operations, %d requests, %d answered 5xx, in %d s; statuses %s%n",
                operations.size(), requests, serverErrors, seconds, statuses);
        failures.forEach(failure -> System.out.println("API fuzz failure: " + failure));
        // Not a failure here: Tomcat answers some malformed requests itself, before the application (issue 11, point 1)
        System.out.println("API fuzz: error answers that are not JSON problem documents: " + errorsWithoutProblem);

        assertThat(operations)
                .as("operations under /api/v1 in the OpenAPI description")
                .hasSizeGreaterThan(10);
        assertThat(failures)
                .as("requests that got a 5xx (seed " + SEED + "), shrunk")
                .isEmpty();
    }

    private static HttpResponse<String> send(Caller caller, Request request) {
        try {
            return caller.send(request);
        } catch (IllegalStateException e) {
            return null; // no answer at all: counted as a server error
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? 599 : response.statusCode();
    }

    /**
     * Every role of the own organisation by session and by API token, a coordinator and a buddy of the other
     * organisation, the platform admin, and anonymous callers.
     */
    private List<Caller> callers(UUID own, UUID other) {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", new WebSession(port), null));
        Map<String, Account> signedIn = new LinkedHashMap<>();
        for (Role role : List.of(
                Role.COORDINATOR, Role.ORGANISATION_ADMIN, Role.PROFESSIONAL, Role.VOLUNTEER_COACH, Role.BUDDY)) {
            signedIn.put("own " + role, accounts.account(own, role));
        }
        signedIn.put("other organisation's COORDINATOR", accounts.account(other, Role.COORDINATOR));
        signedIn.put("other organisation's BUDDY", accounts.account(other, Role.BUDDY));
        signedIn.put("PLATFORM_ADMIN", accounts.account(null, Role.PLATFORM_ADMIN));
        assignEveryParticipant(own, signedIn);
        for (Map.Entry<String, Account> account : signedIn.entrySet()) {
            WebSession session = new WebSession(port);
            assertThat(session.signIn(account.getValue().email(), TestAccounts.PASSWORD))
                    .as(account.getKey())
                    .isTrue();
            callers.add(new Caller(account.getKey(), session, null));
            Matcher secret = SECRET.matcher(session.post("/tokens", Map.of("name", "Fuzz", "validForDays", "1"))
                    .body());
            if (secret.find()) {
                callers.add(new Caller(account.getKey() + " by API token", new WebSession(port), secret.group(1)));
            }
        }
        callers.add(new Caller("anonymous with a made-up token", new WebSession(port), "made-up-token"));
        return callers;
    }

    /** The own professional and volunteer coach get the fixture participants on their caseload, so they reach data. */
    private void assignEveryParticipant(UUID own, Map<String, Account> signedIn) {
        for (Role role : List.of(Role.PROFESSIONAL, Role.VOLUNTEER_COACH)) {
            owner().sql("""
                    insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                    select p.organisation_id, p.id, ?, now(), ? from participant p where p.organisation_id = ?""")
                    .params(
                            signedIn.get("own " + role).id(),
                            signedIn.get("own " + role).id(),
                            own)
                    .update();
        }
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    /**
     * Ids the requests may name, by table: every row of every tenant table with an id in the two organisations, and
     * whatever the own organisation's answers reveal as the run goes (new participants, versions, pairs).
     */
    final class Ids implements OpenApiFuzzer.IdSource {

        private final Map<String, List<String>> ownByTable = new LinkedHashMap<>();
        private final Map<String, List<String>> foreignByTable = new LinkedHashMap<>();
        private final List<String> ownSeen = new ArrayList<>();

        Ids(UUID own, UUID other) {
            List<String> tables = owner().sql("""
                    select c.table_name from information_schema.columns c
                    join information_schema.columns o on o.table_schema = c.table_schema and o.table_name = c.table_name
                        and o.column_name = 'organisation_id'
                    where c.table_schema = 'public' and c.column_name = 'id' and c.data_type = 'uuid'
                    order by c.table_name""").query(String.class).list();
            for (String table : tables) {
                ownByTable.put(table, idsOf(table, own));
                foreignByTable.put(table, idsOf(table, other));
            }
        }

        private List<String> idsOf(String table, UUID organisation) {
            return owner().sql("select id::text from " + table + " where organisation_id = ? order by id")
                    .param(organisation)
                    .query(String.class)
                    .list();
        }

        void harvest(String body) {
            Matcher id = UUIDS.matcher(body);
            while (id.find() && ownSeen.size() < 5_000) {
                ownSeen.add(id.group());
            }
        }

        @Override
        public String own(String segment, Random random) {
            List<String> candidates = candidates(ownByTable, segment);
            if (!ownSeen.isEmpty() && (candidates.isEmpty() || random.nextInt(4) == 0)) {
                return ownSeen.get(random.nextInt(ownSeen.size()));
            }
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }

        @Override
        public String foreign(String segment, Random random) {
            List<String> candidates = candidates(foreignByTable, segment);
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }

        /** Ids of the tables the path segment names ("participants": participant; "pairs": buddy_pair, ...), else all. */
        private static List<String> candidates(Map<String, List<String>> byTable, String segment) {
            String stem = segment.endsWith("ies")
                    ? segment.substring(0, segment.length() - 3) + "y"
                    : segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
            List<String> named = new ArrayList<>();
            List<String> all = new ArrayList<>();
            byTable.forEach((table, ids) -> {
                all.addAll(ids);
                if (!stem.isEmpty() && table.contains(stem)) {
                    named.addAll(ids);
                }
            });
            return named.isEmpty() ? all : named;
        }
    }
}
