package be.brugwerk.network.web;

import static be.brugwerk.network.exchange.NetworkCanvasExports.JAN_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.network.exchange.NetworkCanvasExports;
import be.brugwerk.network.exchange.ZipFiles;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Network Canvas export (two interviews, three edge types) imported over the API on real PostgreSQL: the preview
 * lists the interviews and what is not imported, the import takes the chosen interview with its mapping (several edge
 * types between two members make one tie labelled with them, kept through our exports), and an export or mapping with
 * a fault is refused naming the file and line (or the parameter) in the request's language, storing nothing.
 */
@FullStackTest
class NetworkCanvasImportIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    WebSession coach;
    UUID participant;

    @BeforeEach
    void aCoachWithAParticipant() {
        CoachedParticipants given = CoachedParticipants.in(accounts, port, "Network Canvas import");
        coach = given.coachSession();
        participant = given.participant();
    }

    @Test
    void previewsTheInterviewsAndImportsTheChosenOneWithItsMapping() {
        String mapping = query(NetworkCanvasExports.studyMapping());
        HttpResponse<String> preview = coach.sendFile(
                "POST",
                mapPath() + "/import?format=zip&preview=true&" + mapping,
                "application/zip",
                NetworkCanvasExports.csvZip());

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode previewed = JSON.readTree(preview.body());
        JsonNode networkCanvas = previewed.get("networkCanvas");
        assertThat(networkCanvas.get("interviews")).hasSize(2);
        assertThat(networkCanvas.get("interviews").get(0).get("caseId").asString())
                .isEqualTo("jan");
        assertThat(networkCanvas.get("interviews").get(1).get("date").asString())
                .isEqualTo("2026-01-12T14:00:00.000Z");
        assertThat(networkCanvas.get("unused").toString()).contains("remark", "kind", "since", "age");
        assertThat(previewed.get("members").asInt()).isEqualTo(3);
        assertThat(coach.getJson(mapPath()).body())
                .as("a preview stores nothing")
                .doesNotContain("Vermeulen");

        HttpResponse<String> withoutChoice = coach.sendFile(
                "POST",
                mapPath() + "/import?format=zip&version="
                        + previewed.get("version").asInt() + "&" + mapping,
                "application/zip",
                NetworkCanvasExports.csvZip());
        assertThat(withoutChoice.statusCode()).isEqualTo(400);
        assertThat(withoutChoice.body()).contains("interview");

        HttpResponse<String> imported = coach.sendFile(
                "POST",
                mapPath() + "/import?format=zip&interview=" + JAN_SESSION + "&version="
                        + previewed.get("version").asInt() + "&" + mapping,
                "application/zip",
                NetworkCanvasExports.csvZip());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode map = JSON.readTree(coach.getJson(mapPath()).body());
        assertThat(map.get("members")).hasSize(3);
        assertThat(map.get("ties")).hasSize(2);
        Map<String, String> frequencies = new TreeMap<>();
        map.get("members")
                .forEach(m -> frequencies.put(
                        m.get("name").asString(), m.get("frequency").asString()));
        assertThat(frequencies)
                .containsExactly(
                        Map.entry("-Bob", "WEEKLY"), Map.entry("=Zus", "MONTHLY"), Map.entry("Vermeulen, An", "DAILY"));
    }

    @Test
    void keepsAMappingPerOrganisationForTheNextImportFromTheSameStudy() {
        String study = "Inclusieweb " + UUID.randomUUID();
        String mapping = query(NetworkCanvasExports.studyMapping());
        HttpResponse<String> preview = coach.sendFile(
                "POST",
                mapPath() + "/import?format=zip&preview=true",
                "application/zip",
                NetworkCanvasExports.csvZip());
        int version = JSON.readTree(preview.body()).get("version").asInt();
        assertThat(preview.body())
                .as("without a mapping every study column is listed unused")
                .contains("contact_freq");

        HttpResponse<String> imported = coach.sendFile(
                "POST",
                mapPath() + "/import?format=zip&interview=mia&version="
                        + version + "&saveMapping=true&study=" + URLEncoder.encode(study, StandardCharsets.UTF_8) + "&"
                        + mapping,
                "application/zip",
                NetworkCanvasExports.csvZip());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        String byStudy = "/import?format=zip&preview=true&interview=jan&study="
                + URLEncoder.encode(study, StandardCharsets.UTF_8);
        HttpResponse<String> again =
                coach.sendFile("POST", mapPath() + byStudy, "application/zip", NetworkCanvasExports.csvZip());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body())
                        .get("networkCanvas")
                        .get("unused")
                        .toString())
                .as("the saved mapping uses them")
                .doesNotContain("contact_freq", "closeness", "Cords_x");

        CoachedParticipants elsewhere = CoachedParticipants.in(accounts, port, "Another study organisation");
        HttpResponse<String> otherOrganisation = elsewhere
                .coachSession()
                .sendFile(
                        "POST",
                        "/api/v1/participants/" + elsewhere.participant() + "/map" + byStudy,
                        "application/zip",
                        NetworkCanvasExports.csvZip());
        assertThat(otherOrganisation.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(otherOrganisation.body())
                        .get("networkCanvas")
                        .get("unused")
                        .toString())
                .as("another organisation does not see the mapping")
                .contains("contact_freq");
    }

    @Test
    void importsNetworkCanvasGraphml() {
        HttpResponse<String> preview = coach.sendFile(
                "POST",
                mapPath() + "/import?format=graphml&preview=true" + "&interview=jan&frequency=contact_freq",
                "application/graphml+xml",
                NetworkCanvasExports.graphml());

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(JSON.readTree(preview.body()).get("members").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(preview.body())
                        .get("networkCanvas")
                        .get("ties")
                        .toString())
                .contains("family", "knows");

        HttpResponse<String> imported = coach.sendFile(
                "POST",
                mapPath() + "/import?format=graphml&interview=jan&frequency=contact_freq&layout=Cords&version="
                        + JSON.readTree(preview.body()).get("version").asInt(),
                "application/graphml+xml",
                NetworkCanvasExports.graphml());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode map = JSON.readTree(coach.getJson(mapPath()).body());
        Map<String, String> members = new TreeMap<>();
        map.get("members")
                .forEach(m -> members.put(
                        m.get("name").asString(),
                        m.get("frequency").asString() + " "
                                + (m.hasNonNull("angle") ? m.get("angle").asDouble() : "none")));
        assertThat(members)
                .as("An drawn at the top (Cords_X 0.5, Cords_Y 0.1); Bob has no layout")
                .containsExactly(Map.entry("Bob & co", "WEEKLY none"), Map.entry("Vermeulen, An", "DAILY 0.0"));
        assertThat(tieLabels()).containsExactly(Map.entry("Bob & co and Vermeulen, An", "family, knows"));
    }

    /** An export or mapping at fault, the element it names, the message key, and what the refusal says by language. */
    record Fault(
            String format,
            byte[] file,
            Map<String, String> mapping,
            String element,
            String code,
            Map<String, String> said) {}

    @Test
    void refusesAFaultyExportOrMappingInTheRequestsLanguageNamingFileLineOrParameter() {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        String knows = "jan_" + JAN_SESSION + "_edgeList_knows.csv";
        files.put(knows, files.get(knows).replace("node-bob,node-zus,", "node-bob,node-nobody,"));
        byte[] withoutSession = new String(NetworkCanvasExports.graphml(), StandardCharsets.UTF_8)
                .replace("nc:caseId=\"jan\" nc:sessionUUID=", "nc:caseId=\"jan\" nc:session=")
                .getBytes(StandardCharsets.UTF_8);
        List<Fault> faults = List.of(
                new Fault(
                        "zip",
                        NetworkCanvasExports.zip(files),
                        Map.of(),
                        knows + " line 3",
                        "exchange.bad.unknownNode",
                        Map.of(
                                "nl",
                                        "networkCanvasTargetUUID „node-nobody” is geen knoop van dit interview "
                                                + "(onbekende knoop)",
                                "fr",
                                        "networkCanvasTargetUUID « node-nobody » n’est pas un nœud de cet entretien "
                                                + "(nœud inconnu)",
                                "en",
                                        "networkCanvasTargetUUID \"node-nobody\" is not a node of this interview "
                                                + "(unknown node)")),
                new Fault(
                        "graphml",
                        withoutSession,
                        Map.of(),
                        "GraphML line 15",
                        "exchange.bad.sessionUuid",
                        Map.of(
                                "nl", "<graph> zonder nc:sessionUUID: dit is geen export van Network Canvas",
                                "fr", "<graph> sans nc:sessionUUID : ce n’est pas un export de Network Canvas",
                                "en", "<graph> without nc:sessionUUID: not a Network Canvas export")),
                new Fault(
                        "zip",
                        NetworkCanvasExports.csvZip(),
                        Map.of("ring", "closeness", "ringValues", "close=NEAR"),
                        "mapping ringValues",
                        "exchange.bad.unknownConstant",
                        Map.of(
                                "nl", "„NEAR” is geen van deze waarden: [INNER, MIDDLE, OUTER]",
                                "fr", "« NEAR » ne fait pas partie de ces valeurs : [INNER, MIDDLE, OUTER]",
                                "en", "\"NEAR\" is not one of [INNER, MIDDLE, OUTER]")),
                new Fault(
                        "zip",
                        NetworkCanvasExports.csvZip(),
                        Map.of("frequency", "closeness"),
                        "jan_" + JAN_SESSION + "_attributeList_Person.csv line 2",
                        "exchange.bad.unmappedValue",
                        Map.of(
                                "nl",
                                        "closeness: de waarde „close” is niet gekoppeld; koppel ze aan een van deze "
                                                + "waarden: [DAILY, WEEKLY, MONTHLY, FEW_TIMES_A_YEAR, RARELY]",
                                "fr",
                                        "closeness : la valeur « close » n’a pas de correspondance ; faites-la "
                                                + "correspondre à l’une de ces valeurs : [DAILY, WEEKLY, MONTHLY, "
                                                + "FEW_TIMES_A_YEAR, RARELY]",
                                "en",
                                        "closeness: value \"close\" has no mapping; map it to one of [DAILY, WEEKLY, "
                                                + "MONTHLY, FEW_TIMES_A_YEAR, RARELY]")));

        for (Fault fault : faults) {
            fault.said().forEach((language, message) -> {
                String detail = fault.element() + ": " + message;
                HttpResponse<String> api = coach.sendFile(
                        "POST",
                        mapPath() + "/import?preview=true&format=" + fault.format() + "&" + query(fault.mapping()),
                        "application/octet-stream",
                        fault.file(),
                        Map.of("Accept-Language", language));
                assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
                JsonNode problem = JSON.readTree(api.body());
                assertThat(problem.get("detail").asString()).as(language).isEqualTo(detail);
                assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(fault.element());
                assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo(fault.code());

                Map<String, String> form = new HashMap<>(Map.of(
                        "export", Base64.getEncoder().encodeToString(fault.file()),
                        "exportName", "study." + fault.format(),
                        "format", fault.format()));
                form.putAll(fault.mapping());
                HttpResponse<String> page = coach.post(
                        "/participants/" + participant + "/map/exchange/preview",
                        form,
                        Map.of("Accept-Language", language));
                assertThat(page.statusCode()).isEqualTo(400);
                assertThat(page.body()).as(language).contains(HtmlUtils.htmlEscape(detail, "UTF-8"));
            });
        }
        assertThat(coach.getJson(mapPath()).body()).as("nothing stored").doesNotContain("Vermeulen");
    }

    @Test
    void keepsTheEdgeTypesOfATieInItsLabelThroughEveryExportAndImport() throws IOException {
        importJan();
        Map<String, String> labelled = Map.of("-Bob and Vermeulen, An", "family, knows", "-Bob and =Zus", "knows");
        assertThat(tieLabels())
                .as("two edge types between An and Bob make one tie, labelled with both")
                .isEqualTo(labelled);

        for (String format : List.of("json", "graphml", "zip")) {
            byte[] exported =
                    coach.download(mapPath() + "/export?format=" + format).body();
            Map<String, String> files = format.equals("zip") ? ZipFiles.unzip(exported) : Map.of();
            String text = format.equals("zip")
                    ? files.get(ZipFiles.named(files, "_edgeList_"))
                    : new String(exported, StandardCharsets.UTF_8);
            assertThat(text).as(format).contains("family, knows");

            int version = JSON.readTree(coach.getJson(mapPath()).body())
                    .get("version")
                    .asInt();
            HttpResponse<String> imported = coach.sendFile(
                    "POST",
                    mapPath() + "/import?format=" + format + "&version=" + version,
                    "application/octet-stream",
                    exported);

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(tieLabels()).as("imported again from " + format).isEqualTo(labelled);
        }
    }

    @Test
    void refusesATieLabelOnTwoLinesOrTooLongNamingTheTie() {
        importJan();
        String map = coach.getJson(mapPath()).body();

        for (String label : List.of("family\\nknows", "x".repeat(101))) {
            HttpResponse<String> refused = coach.sendJson("PUT", mapPath(), map.replace("family, knows", label));

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .matches("ties\\[\\d\\]\\.label");
        }
        assertThat(tieLabels()).as("nothing changed").containsEntry("-Bob and Vermeulen, An", "family, knows");
    }

    @Test
    void comparesTheLabelOfATieBetweenVersionsAndPrintsLabelsOnlyWithTheNotes() {
        importJan();
        String first = JSON.readTree(
                        coach.sendJson("POST", mapPath() + "/versions", "").body())
                .get("id")
                .asString();
        String map = coach.getJson(mapPath()).body();
        String relabelled = "kent elkaar via de school";
        assertThat(coach.sendJson("PUT", mapPath(), map.replace("family, knows", relabelled))
                        .statusCode())
                .isEqualTo(200);
        String second = JSON.readTree(
                        coach.sendJson("POST", mapPath() + "/versions", "").body())
                .get("id")
                .asString();

        JsonNode changed = JSON.readTree(coach.getJson(mapPath() + "/versions/" + first + "/compare/" + second)
                        .body())
                .get("changes")
                .get("tieLabelsChanged");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("from").asString()).isEqualTo("family, knows");
        assertThat(changed.get(0).get("to").asString()).isEqualTo(relabelled);
        String page = coach.get("/participants/" + participant + "/map/compare?first=" + first + "&second=" + second)
                .body();
        assertThat(page.substring(page.indexOf("id=\"tie-labels\""))).contains("family, knows", relabelled);

        String print = "/participants/" + participant + "/map/print?language=en";
        assertThat(coach.get(print).body()).doesNotContain(relabelled);
        assertThat(coach.get(print + "&notes=true").body()).contains(relabelled);
    }

    private void importJan() {
        HttpResponse<String> imported = coach.sendFile(
                "POST",
                mapPath() + "/import?format=zip&version=0&interview=" + JAN_SESSION + "&"
                        + query(NetworkCanvasExports.studyMapping()),
                "application/zip",
                NetworkCanvasExports.csvZip());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    /** Each tie's label by its two members' names, in alphabetical order. */
    private Map<String, String> tieLabels() {
        JsonNode map = JSON.readTree(coach.getJson(mapPath()).body());
        Map<String, String> names = new TreeMap<>();
        map.get("members")
                .forEach(m -> names.put(m.get("id").asString(), m.get("name").asString()));
        Map<String, String> labels = new TreeMap<>();
        map.get("ties")
                .forEach(t -> labels.put(
                        Stream.of(
                                        names.get(t.get("first").asString()),
                                        names.get(t.get("second").asString()))
                                .sorted()
                                .collect(Collectors.joining(" and ")),
                        t.hasNonNull("label") ? t.get("label").asString() : null));
        return labels;
    }

    private String mapPath() {
        return "/api/v1/participants/" + participant + "/map";
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
