package be.brugwerk.network.web;

import static be.brugwerk.network.exchange.ZipFiles.named;
import static be.brugwerk.network.exchange.ZipFiles.unzip;
import static be.brugwerk.network.exchange.ZipFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored map exchanged as JSON, GraphML and a Network Canvas ZIP over HTTP, on real PostgreSQL: exported and
 * imported back to the same map; a bad file refused with a problem naming the line or element, and nothing stored.
 */
@FullStackTest
class NetworkMapExchangeIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    WebSession coach;
    UUID participant;

    @BeforeEach
    void aCoachWithAMap() {
        CoachedParticipants given = CoachedParticipants.in(accounts, port, "Exchange tests");
        coach = given.coachSession();
        participant = given.participant();
        UUID zus = UUID.randomUUID();
        UUID buur = UUID.randomUUID();
        UUID ocmw = UUID.randomUUID();
        HttpResponse<String> saved =
                coach.sendJson("PUT", mapPath(), """
                {"version":0,"members":[
                  {"id":"%s","name":"Zus \\"An\\", de oudste","category":"FAMILY","ring":"INNER","frequency":"WEEKLY",
                   "support":{"AFFECTIVE":"BOTH","MATERIAL":"RECEIVES"},"valence":"SUPPORTIVE","status":"ACTIVE",
                   "capitalType":"BONDING","level":"CITY","lightTie":false,"note":"=belt op zondag\\nna de mis"},
                  {"id":"%s","name":"-Buurman","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "support":{"CONNECTING":"GIVES"},"valence":"AMBIVALENT","status":"DORMANT","statusSince":"2025-06-01",
                   "statusNote":"verhuisd, komt terug?","capitalType":"BRIDGING","level":"NEIGHBOURHOOD","lightTie":true},
                  {"id":"%s","name":"Maatschappelijk werker","category":"PROFESSIONAL","ring":"OUTER",
                   "frequency":"MONTHLY","support":{"INFORMATIVE":"RECEIVES"},"valence":"SUPPORTIVE","status":"ACTIVE",
                   "capitalType":"LINKING","level":"CITY","lightTie":false,"formal":true}],
                 "ties":[{"first":"%s","second":"%s","strength":2},{"first":"%s","second":"%s"}]}""".formatted(zus, buur, ocmw, zus, buur, zus, ocmw));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "graphml", "zip"})
    void importsAnExportedMapAsTheSameMap(String format) throws IOException {
        String before = coach.getJson(mapPath()).body();
        HttpResponse<byte[]> exported = coach.download(mapPath() + "/export?format=" + format);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"network-map." + format + "\"");

        HttpResponse<String> preview = coach.sendFile(
                "POST",
                mapPath() + "/import?preview=true&format=" + format,
                "application/octet-stream",
                exported.body());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode shown = JSON.readTree(preview.body());
        assertThat(shown.get("members").intValue()).isEqualTo(3);
        assertThat(shown.get("ties").intValue()).isEqualTo(2);
        assertThat(coach.getJson(mapPath()).body())
                .as("a preview stores nothing")
                .isEqualTo(before);

        HttpResponse<String> imported = coach.sendFile(
                "POST",
                mapPath() + "/import?format=" + format + "&version="
                        + shown.get("version").intValue(),
                "application/octet-stream",
                exported.body());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        String after = coach.getJson(mapPath()).body();
        assertThat(withoutIds(after)).isEqualTo(withoutIds(before));
        assertThat(ids(after))
                .as("an import never merges: every member is new")
                .doesNotContainAnyElementsOf(ids(before));
        assertThat(coach.getJson(mapPath() + "/versions").body()).contains("IMPORT");
    }

    @Test
    void aJsonImportKeepsWhereTheEditorDrewEachMember() {
        String file = """
                {"participant":"ego","members":[
                  {"id":"a","name":"Ann","category":"FRIEND","ring":"INNER","frequency":"WEEKLY","valence":"SUPPORTIVE",
                   "status":"ACTIVE","capitalType":"BONDING","level":"CITY","angle":123.5}],"ties":[]}""";
        int version =
                JSON.readTree(coach.getJson(mapPath()).body()).get("version").intValue();

        HttpResponse<String> imported = coach.sendFile(
                "POST", mapPath() + "/import?format=json&version=" + version, "application/json", bytes(file));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode member =
                JSON.readTree(coach.getJson(mapPath()).body()).get("members").get(0);
        assertThat(member.get("angle").doubleValue()).isEqualTo(123.5);
    }

    @Test
    void refusesAnAngleOffTheCircleNamingTheMember() {
        String before = coach.getJson(mapPath()).body();
        String file = """
                {"participant":"ego","members":[
                  {"id":"a","name":"Ann","category":"FRIEND","ring":"INNER","frequency":"WEEKLY","valence":"SUPPORTIVE",
                   "status":"ACTIVE","capitalType":"BONDING","level":"CITY","angle":360}],"ties":[]}""";

        HttpResponse<String> refused =
                coach.sendFile("POST", mapPath() + "/import?format=json&version=1", "application/json", bytes(file));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("angle");
        assertNothingStored(before);
    }

    @Test
    void thePageImportsTheMapItPreviewedThoughItsJsonSpansLines() {
        String exported = new String(coach.download(mapPath() + "/export").body(), StandardCharsets.UTF_8);
        assertThat(exported).contains("\n");
        coach.get("/participants/" + participant + "/map/exchange");

        HttpResponse<String> imported = coach.post(
                "/participants/" + participant + "/map/exchange/import", Map.of("map", exported, "version", "1"));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        assertThat(coach.getJson(mapPath()).body()).contains("\"version\":2");
    }

    @Test
    void refusesNulInAMemberNameNamingTheMember() {
        String file = """
                {"participant":"ego","members":[
                  {"id":"a","name":"An\\u0000n","category":"FRIEND","ring":"INNER","frequency":"WEEKLY",
                   "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BONDING","level":"CITY"}],"ties":[]}""";

        assertRefusedAndNothingStored(
                coach.sendFile("POST", mapPath() + "/import?format=json&version=1", "application/json", bytes(file)),
                "members[0] (member",
                "name: holds a control character");
    }

    @Test
    void choosesTheFormatByContentTypeWithoutAFormatParameter() {
        byte[] graphml = coach.download(mapPath() + "/export?format=graphml").body();

        HttpResponse<String> preview =
                coach.sendFile("POST", mapPath() + "/import?preview=true", "application/graphml+xml", graphml);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"format\":\"graphml\"");
    }

    @Test
    void exportsAJsonFileTheCommandLineReads() {
        String exported = new String(coach.download(mapPath() + "/export").body(), StandardCharsets.UTF_8);

        HttpResponse<String> analysed = coach.sendJson("POST", "/api/v1/analysis", exported);

        assertThat(analysed.statusCode()).as(analysed.body()).isEqualTo(200);
        assertThat(withoutFormat(analysed.body()))
                .isEqualTo(withoutFormat(coach.getJson(mapPath() + "/analysis").body()));
    }

    @Test
    void refusesMalformedGraphmlNamingTheLine() {
        assertRefusedAndNothingStored(
                coach.sendFile(
                        "POST",
                        mapPath() + "/import?format=graphml&version=1",
                        "application/graphml+xml",
                        bytes("<graphml>\n<graph>\n<node id=\"p\">\n</graph>\n</graphml>")),
                "line 4, column",
                "malformed XML");
    }

    @Test
    void refusesMalformedJsonNamingTheLine() {
        assertRefusedAndNothingStored(
                coach.sendJson("POST", mapPath() + "/import?version=1", "{\n  \"members\": [,]\n}"),
                "line 2, column",
                "malformed JSON");
    }

    @Test
    void refusesMalformedCsvInTheZipNamingTheLine() throws IOException {
        Map<String, String> files =
                unzip(coach.download(mapPath() + "/export?format=zip").body());
        String alters = named(files, "_attributeList_");
        files.put(alters, files.get(alters) + "4,p,\"never closed,FAMILY\r\n");

        assertRefusedAndNothingStored(
                coach.sendFile("POST", mapPath() + "/import?format=zip&version=1", "application/zip", zip(files)),
                "_attributeList_Person.csv line 6",
                "a quoted cell is not closed");
    }

    @Test
    void refusesATieToAnUnknownMemberNamingTheEdge() {
        String graphml =
                new String(coach.download(mapPath() + "/export?format=graphml").body(), StandardCharsets.UTF_8);
        String broken = graphml.replaceFirst("(<edge id=\"t1\" source=\"[^\"]+\" target=\")[^\"]+\"", "$1m9\"");
        assertThat(broken).isNotEqualTo(graphml);

        assertRefusedAndNothingStored(
                coach.sendFile(
                        "POST",
                        mapPath() + "/import?format=graphml&version=1",
                        "application/graphml+xml",
                        bytes(broken)),
                "GraphML <edge id=\\\"t1\\\">",
                "target \\\"m9\\\" is not a member");
    }

    @Test
    void refusesAnUnknownRingNamingTheAltersLine() throws IOException {
        Map<String, String> files =
                unzip(coach.download(mapPath() + "/export?format=zip").body());
        String alters = named(files, "_attributeList_");
        files.put(alters, files.get(alters).replace(",OUTER,", ",HIGH,"));

        assertRefusedAndNothingStored(
                coach.sendFile("POST", mapPath() + "/import?format=zip&version=1", "application/zip", zip(files)),
                "_attributeList_Person.csv line 5",
                "ring: unknown value \\\"HIGH\\\"");
    }

    @Test
    void refusesAnUnknownRingInJsonNamingTheMember() {
        String json = new String(coach.download(mapPath() + "/export").body(), StandardCharsets.UTF_8)
                .replace("\"OUTER\"", "\"HIGH\"");

        HttpResponse<String> refused = coach.sendJson("POST", mapPath() + "/import?preview=true", json);

        assertRefusedAndNothingStored(refused, "members[2] (member", "ring: unknown value \\\"HIGH\\\"");
    }

    @Test
    void refusesAnExternalEntityAndABillionLaughs() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<graphml><graph><node id=\"&x;\"/></graph></graphml>";
        String laughs =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;\">]>\n<graphml><graph><node id=\"&lol3;\"/></graph></graphml>";

        for (String payload : new String[] {xxe, laughs}) {
            assertRefusedAndNothingStored(
                    coach.sendFile(
                            "POST",
                            mapPath() + "/import?format=graphml&version=1",
                            "application/graphml+xml",
                            bytes(payload)),
                    "line 2",
                    "(DTD) is not allowed");
        }
    }

    @Test
    void refusesAZipBomb() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("alters.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 25; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertRefusedAndNothingStored(
                coach.sendFile(
                        "POST", mapPath() + "/import?format=zip&version=1", "application/zip", bomb.toByteArray()),
                "ZIP alters.csv",
                "over 20 MB once unpacked");
    }

    @Test
    void refusesAFiftyMegabyteUploadAnnouncedByItsSizeAndClosesTheConnection() throws IOException {
        String before = coach.getJson(mapPath()).body();

        // the server answers and closes without waiting for the body it refused
        String answer = coach.postAnnouncingOnly(
                mapPath() + "/import?format=zip&version=1",
                "application/zip",
                "application/json",
                50L * 1024 * 1024 + 1);

        assertThat(answer)
                .startsWith("HTTP/1.1 413")
                .contains("application/problem+json")
                .contains("a file up to 50 MB");
        assertNothingStored(before);
    }

    @Test
    void refusesAFiftyMegabyteUploadSentWithoutItsSize() {
        String before = coach.getJson(mapPath()).body();
        InputStream huge =
                new SequenceInputStream(new ByteArrayInputStream(bytes("{\"members\":[]")), new InputStream() {
                    long left = 50L * 1024 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? ' ' : -1;
                    }
                });
        HttpResponse<String> refused = coach.send(HttpRequest.newBuilder(coach.uri(mapPath() + "/import?version=1"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfOf(coach))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> huge)));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("over 50 MB");
        assertNothingStored(before);
    }

    @Test
    void asksForTheVersionThePreviewShowed() {
        byte[] exported = coach.download(mapPath() + "/export").body();

        HttpResponse<String> withoutVersion =
                coach.sendFile("POST", mapPath() + "/import", "application/json", exported);
        HttpResponse<String> stale =
                coach.sendFile("POST", mapPath() + "/import?version=0", "application/json", exported);

        assertThat(withoutVersion.statusCode()).isEqualTo(400);
        assertThat(withoutVersion.body()).contains("\"field\":\"version\"");
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void saysWhatIsWrongWithTheFileInTheRequestsLanguageNamingTheElementAsItIs() {
        String member = """
                {"id":"a","category":"FAMILY","ring":"INNER","frequency":"WEEKLY","valence":"SUPPORTIVE",
                 "status":"ACTIVE","capitalType":"BONDING","level":"CITY"}""";
        String withoutId = "{\"members\":[" + member.replace("\"id\":\"a\",", "") + "]}";
        String tieToNobody = "{\"members\":[" + member + "],\"ties\":[{\"first\":\"a\",\"second\":\"z\"}]}";
        String unknownAtTop = "{\"members\":[],\"colour\":\"red\"}";
        // the file as a whole has no name: the message stands alone, with no element before it
        Map<String, List<Said>> expected = Map.of(
                "nl",
                List.of(
                        new Said("members[0]", "id is verplicht (een tekst die niet leeg is)"),
                        new Said("ties[0]", "second „z” is geen lid (onbekend lid)"),
                        new Said("", "onbekende eigenschap „colour”")),
                "fr",
                List.of(
                        new Said("members[0]", "id est obligatoire (un texte non vide)"),
                        new Said("ties[0]", "second « z » n’est pas un membre (membre inconnu)"),
                        new Said("", "propriété inconnue « colour »")),
                "en",
                List.of(
                        new Said("members[0]", "id is required (a non-empty string)"),
                        new Said("ties[0]", "second \"z\" is not a member (unknown member)"),
                        new Said("", "unknown property \"colour\"")));
        String before = coach.getJson(mapPath()).body();

        expected.forEach((language, messages) -> {
            List<String> files = List.of(withoutId, tieToNobody, unknownAtTop);
            for (int i = 0; i < files.size(); i++) {
                HttpResponse<String> api = coach.sendFile(
                        "POST",
                        mapPath() + "/import?format=json&version=1",
                        "application/json",
                        bytes(files.get(i)),
                        Map.of("Accept-Language", language));
                assertSaid(api, messages.get(i));

                HttpResponse<String> page = coach.post(
                        "/participants/" + participant + "/map/exchange/import",
                        Map.of("map", files.get(i), "version", "1"),
                        Map.of("Accept-Language", language));
                assertThat(page.statusCode()).isEqualTo(400);
                assertThat(page.body())
                        .contains(HtmlUtils.htmlEscape(messages.get(i).detail(), "UTF-8"));
            }
        });
        assertNothingStored(before);
    }

    @Test
    void saysWhatIsWrongWithAGraphmlZipOrCsvFileInDutchAndFrenchNamingTheLineAsItIs() throws IOException {
        byte[] doctype = bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml>\n<graphml><graph/></graphml>");
        byte[] noZip = bytes("{\"members\":[]}");
        Map<String, String> files =
                unzip(coach.download(mapPath() + "/export?format=zip").body());
        String alters = named(files, "_attributeList_");
        files.put(alters, files.get(alters) + "4,p,\"never closed,FAMILY\r\n");
        byte[] csv = zip(files);
        List<String> names = List.of("kaart.graphml", "kaart.zip", "kaart.zip");
        List<byte[]> contents = List.of(doctype, noZip, csv);
        List<String> codes =
                List.of("exchange.bad.graphmlDtd", "exchange.bad.zipEmpty", "exchange.bad.csv.QUOTE_NOT_CLOSED");
        Map<String, List<Said>> expected = Map.of(
                "nl",
                List.of(
                        new Said("line 2", "een documenttypedeclaratie (DTD) is niet toegestaan in GraphML"),
                        new Said("ZIP", "geen ZIP-archief, of een leeg archief"),
                        new Said(alters + " line 6", "een cel tussen aanhalingstekens wordt niet afgesloten")),
                "fr",
                List.of(
                        new Said("line 2", "une déclaration de type de document (DTD) n’est pas autorisée en GraphML"),
                        new Said("ZIP", "ce n’est pas une archive ZIP, ou elle est vide"),
                        new Said(alters + " line 6", "une cellule entre guillemets n’est pas fermée")));
        String before = coach.getJson(mapPath()).body();

        expected.forEach((language, messages) -> {
            for (int i = 0; i < contents.size(); i++) {
                String format = names.get(i).substring(names.get(i).indexOf('.') + 1);
                HttpResponse<String> api = coach.sendFile(
                        "POST",
                        mapPath() + "/import?format=" + format + "&version=1",
                        "application/octet-stream",
                        contents.get(i),
                        Map.of("Accept-Language", language));
                assertSaid(api, messages.get(i));
                assertThat(JSON.readTree(api.body())
                                .get("errors")
                                .get(0)
                                .get("code")
                                .asString())
                        .isEqualTo(codes.get(i));
            }
        });
        // the page last: choosing its language keeps it for the session, over what a script asks for
        expected.forEach((language, messages) -> {
            for (int i = 0; i < contents.size(); i++) {
                HttpResponse<String> page = coach.postMultipart(
                        "/participants/" + participant + "/map/exchange/preview?lang=" + language,
                        Map.of("format", "auto"),
                        "file",
                        names.get(i),
                        contents.get(i));
                assertThat(page.statusCode()).isEqualTo(400);
                assertThat(page.body())
                        .contains(HtmlUtils.htmlEscape(messages.get(i).detail(), "UTF-8"));
            }
        });
        assertNothingStored(before);
    }

    /** What the API and the page say about a file: the element at fault as the file names it ("" for none), then what. */
    private record Said(String element, String message) {

        String detail() {
            return element.isEmpty() ? message : element + ": " + message;
        }
    }

    private static void assertSaid(HttpResponse<String> api, Said said) {
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(api.body());
        assertThat(problem.get("detail").asString()).isEqualTo(said.detail());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(said.element());
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(said.message());
        assertThat(problem.get("errors").get(0).get("code").asString())
                .startsWith("exchange.bad.")
                .isNotEqualTo("exchange.bad.other");
    }

    @Test
    void refusesAnUnknownFormat() {
        HttpResponse<String> refused = coach.getJson(mapPath() + "/export?format=pdf");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"format\"").contains("json, graphml or zip");
    }

    private void assertRefusedAndNothingStored(HttpResponse<String> refused, String element, String problem) {
        String before = coach.getJson(mapPath()).body();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body())
                .contains("\"detail\":\"")
                .contains(element)
                .contains(problem)
                .contains("\"errors\":[{");
        assertNothingStored(before);
    }

    private void assertNothingStored(String before) {
        String now = coach.getJson(mapPath()).body();
        assertThat(now).isEqualTo(before).contains("\"version\":1");
        assertThat(coach.getJson(mapPath() + "/versions").body()).isEqualTo("[]");
    }

    /** The working copy with member ids replaced by names, and without its version. */
    private static String withoutIds(String map) {
        JsonNode root = JSON.readTree(map);
        Map<String, String> names = new HashMap<>();
        root.get("members")
                .forEach(m -> names.put(m.get("id").stringValue(), m.get("name").stringValue()));
        StringBuilder text = new StringBuilder();
        root.get("members")
                .forEach(m -> text.append(m.toString().replace(m.get("id").stringValue(), ""))
                        .append('\n'));
        Set<String> ties = new HashSet<>();
        root.get("ties")
                .forEach(t -> ties.add(Stream.of(
                                        names.get(t.get("first").stringValue()),
                                        names.get(t.get("second").stringValue()))
                                .sorted()
                                .toList()
                        + " " + t.get("strength")));
        return text + ties.stream().sorted().collect(Collectors.joining("\n"));
    }

    private static Set<String> ids(String map) {
        Set<String> ids = new HashSet<>();
        JSON.readTree(map).get("members").forEach(m -> ids.add(m.get("id").stringValue()));
        return ids;
    }

    private static String withoutFormat(String analysis) {
        return analysis.replaceAll("\"format\" : \"[a-z]+\"", "");
    }

    private String csrfOf(WebSession session) {
        // a JSON call leaves the session's CSRF token in place; fetch it from a page like the browser would
        Matcher token = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"")
                .matcher(session.get("/").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private String mapPath() {
        return "/api/v1/participants/" + participant + "/map";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
