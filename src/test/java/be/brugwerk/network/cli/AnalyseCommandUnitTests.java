package be.brugwerk.network.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.Signal;
import be.brugwerk.network.analysis.SignalTexts;
import be.brugwerk.network.analysis.Structure;
import be.brugwerk.network.exchange.JsonMapFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyseCommandUnitTests {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @TempDir
    Path folder;

    record Outcome(int exitCode, String output, String errors) {

        JsonNode json() {
            return STRICT.readTree(output);
        }

        List<String> errorLines() {
            return errors.lines().toList();
        }
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exitCode = AnalyseCommand.run(
                args,
                new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        return new Outcome(exitCode, output.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try {
            return Path.of(AnalyseCommandUnitTests.class.getResource(name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content).toString();
    }

    private static void assertRefused(Outcome outcome, String... naming) {
        assertThat(outcome.exitCode()).isEqualTo(AnalyseCommand.BAD_INPUT);
        assertThat(outcome.output()).isEmpty();
        assertThat(outcome.errorLines()).hasSize(1);
        assertThat(outcome.errorLines().get(0)).contains(naming);
    }

    @Test
    void printsOneJsonObjectWithTheStructuralMeasuresOfAGraphmlEgo() {
        Outcome outcome = run("--ego", "0", resource("/network/published/karate.graphml"));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.errors()).isEmpty();
        JsonNode json = outcome.json();
        assertThat(json.isObject()).isTrue();
        assertThat(json.propertyNames())
                .contains(
                        "size",
                        "tiesAmongMembers",
                        "density",
                        "components",
                        "isolates",
                        "effectiveSize",
                        "efficiency",
                        "constraint",
                        "egoBetweenness",
                        "brokers",
                        "composition",
                        "support",
                        "diversity",
                        "contact",
                        "signals");
        // networkx 3.6.1 on nx.ego_graph(nx.karate_club_graph(), 0); see NetworkMeasuresOnPublishedGraphsUnitTests
        assertThat(json.get("size").intValue()).isEqualTo(16);
        assertThat(json.get("tiesAmongMembers").intValue()).isEqualTo(18);
        assertThat(json.get("effectiveSize").doubleValue()).isCloseTo(13.75, within(1e-9));
        assertThat(json.get("constraint").doubleValue()).isCloseTo(0.17772759331597218, within(1e-9));
        assertThat(json.get("egoBetweenness").doubleValue()).isCloseTo(88.41666666666666, within(1e-9));
    }

    @Test
    void printsTheEnginesValuesExactly() throws Exception {
        Path karate = Path.of(resource("/network/published/karate.graphml"));
        Structure engine = new NetworkAnalyser()
                .analyse(GraphmlReader.read(Files.readAllBytes(karate)).egoMap("33"))
                .structure();

        JsonNode json = run("--ego", "33", karate.toString()).json();

        assertThat(json.get("size").intValue()).isEqualTo(engine.size());
        assertThat(json.get("tiesAmongMembers").intValue()).isEqualTo(engine.tiesAmongMembers());
        assertThat(json.get("density").doubleValue()).isEqualTo(engine.density());
        assertThat(json.get("components").intValue()).isEqualTo(engine.components());
        assertThat(json.get("isolates").intValue()).isEqualTo(engine.isolates());
        assertThat(json.get("effectiveSize").doubleValue())
                .isEqualTo(engine.effectiveSize().getAsDouble());
        assertThat(json.get("efficiency").doubleValue())
                .isEqualTo(engine.efficiency().getAsDouble());
        assertThat(json.get("constraint").doubleValue())
                .isEqualTo(engine.constraint().getAsDouble());
        assertThat(json.get("egoBetweenness").doubleValue()).isEqualTo(engine.egoBetweenness());
        assertThat(json.get("brokers").valueStream().map(JsonNode::stringValue).toList())
                .isEqualTo(engine.brokers());
    }

    @Test
    void analysesAJsonMapWithSignalsInEnglish() throws Exception {
        String map = resource("/network/maps/participant-in-poverty.json");
        NetworkAnalysis engine = new NetworkAnalyser()
                .analyse(JsonMapFormat.read(Files.readAllBytes(Path.of(map))).toEngine());

        Outcome outcome = run(map);

        assertThat(outcome.exitCode()).isZero();
        JsonNode json = outcome.json();
        assertThat(json.get("participant").stringValue()).isEqualTo("p-017");
        assertThat(json.get("format").stringValue()).isEqualTo("json");
        // six members, of whom the dormant old friend and the broken ex-partner are not active
        assertThat(json.get("size").intValue()).isEqualTo(4);
        assertThat(json.get("tiesAmongMembers").intValue()).isEqualTo(1); // sister–neighbour
        assertThat(json.at("/composition/members").intValue()).isEqualTo(6);
        assertThat(json.at("/composition/formal").intValue()).isEqualTo(2);
        assertThat(json.at("/support/onlyProfessional/0").stringValue()).isEqualTo("INFORMATIVE");
        assertThat(json.at("/support/reciprocity/balance").doubleValue())
                .isEqualTo(engine.support().reciprocity().balance().getAsDouble());
        assertThat(json.at("/contact/broken/members/0").stringValue()).isEqualTo("ex-partner");
        assertThat(json.at("/contact/harmful/count").intValue()).isEqualTo(1);
        SignalTexts english = SignalTexts.in(Locale.ENGLISH);
        List<Signal> signals = engine.signals();
        assertThat(json.get("signals").size()).isEqualTo(signals.size());
        for (int i = 0; i < signals.size(); i++) {
            JsonNode signal = json.get("signals").get(i);
            assertThat(signal.get("code").stringValue())
                    .isEqualTo(signals.get(i).code().key());
            assertThat(signal.get("audience").stringValue())
                    .isEqualTo(signals.get(i).audience().name());
            assertThat(signal.get("kind").stringValue())
                    .isEqualTo(signals.get(i).kind().name());
            assertThat(signal.get("text").stringValue()).isEqualTo(english.text(signals.get(i)));
        }
        assertThat(json.at("/signals/0/kind").stringValue()).isEqualTo("STRENGTH");
    }

    @Test
    void acceptsAJsonMapWhenEgoNamesItsParticipant() {
        assertThat(run("--ego", "p-017", resource("/network/maps/participant-in-poverty.json"))
                        .exitCode())
                .isZero();
    }

    @Test
    void writesNullForMeasuresThatAnEgoWithoutNeighboursLacks() throws IOException {
        String graph = file("alone.graphml", """
                <graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/></graph></graphml>
                """);

        JsonNode json = run("--ego", "a", graph).json();

        assertThat(json.get("size").intValue()).isZero();
        assertThat(json.get("effectiveSize").isNull()).isTrue();
        assertThat(json.get("efficiency").isNull()).isTrue();
        assertThat(json.get("constraint").isNull()).isTrue();
        assertThat(json.get("egoBetweenness").doubleValue()).isZero();
    }

    @Test
    void treatsDirectedEdgesAsUndirectedCollapsesParallelEdgesAndDropsSelfLoops() throws IOException {
        String graph = file("directed.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="directed">
                    <edge source="b" target="ego"/>
                    <node id="ego"/><node id="b"/><node id="c"/>
                    <edge source="c" target="ego"/>
                    <edge source="b" target="c"/>
                    <edge source="c" target="b"/>
                    <edge source="b" target="b"/>
                    <edge source="ego" target="ego"/>
                  </graph>
                </graphml>
                """);

        JsonNode json = run("--ego", "ego", graph).json();

        assertThat(json.get("size").intValue()).isEqualTo(2);
        assertThat(json.get("tiesAmongMembers").intValue()).isEqualTo(1);
        assertThat(json.get("constraint").doubleValue()).isEqualTo(1.125);
    }

    @Test
    void refusesMissingArguments() {
        assertRefused(run(), "missing <file>", "usage");
        assertRefused(run("--ego"), "--ego needs a node id");
    }

    @Test
    void refusesAMissingFileNamingIt() {
        assertRefused(
                run("--ego", "0", folder.resolve("nowhere.graphml").toString()), "file not found", "nowhere.graphml");
    }

    @Test
    void refusesMalformedXmlNamingTheLine() throws IOException {
        String graph = file("broken.graphml", """
                <graphml>
                  <graph>
                    <node id="a">
                  </graph>
                </graphml>
                """);

        assertRefused(run("--ego", "a", graph), "line 4", "malformed XML");
    }

    @Test
    void refusesAnUnknownEgoNamingIt() {
        assertRefused(run("--ego", "99", resource("/network/published/karate.graphml")), "--ego 99");
    }

    @Test
    void refusesAGraphmlFileWithoutEgo() {
        assertRefused(run(resource("/network/published/karate.graphml")), "--ego is required");
    }

    @Test
    void refusesAnEdgeToAnUnknownNodeNamingTheLineAndNode() throws IOException {
        String graph = file("dangling.graphml", """
                <graphml>
                  <graph>
                    <node id="a"/>
                    <edge source="a" target="z"/>
                  </graph>
                </graphml>
                """);

        assertRefused(run("--ego", "a", graph), "line 4", "unknown node \"z\"");
    }

    @Test
    void refusesADoctypeSoThatNoEntityIsExpanded() throws IOException {
        String graph = file("xxe.graphml", """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <graphml><graph><node id="&secret;"/></graph></graphml>
                """);

        assertRefused(run("--ego", "a", graph), "line", "DTD");
    }

    @Test
    void refusesAnUnknownRingNamingTheMember() throws IOException {
        String map = file("ring.json", """
                {"participant": "p", "members": [
                  {"id": "ann", "category": "FRIEND", "ring": "CLOSE", "frequency": "DAILY",
                   "valence": "SUPPORTIVE", "status": "ACTIVE", "capitalType": "BONDING", "level": "CITY"}]}
                """);

        assertRefused(run(map), "members[0]", "\"ann\"", "ring", "\"CLOSE\"", "INNER");
    }

    @Test
    void refusesATieToAnUnknownMemberNamingIt() throws IOException {
        String map = file("tie.json", """
                {"participant": "p", "members": [
                  {"id": "ann", "category": "FRIEND", "ring": "INNER", "frequency": "DAILY",
                   "valence": "SUPPORTIVE", "status": "ACTIVE", "capitalType": "BONDING", "level": "CITY"}],
                 "ties": [{"first": "ann", "second": "bob"}]}
                """);

        assertRefused(run(map), "ties[0]", "second \"bob\"", "not a member");
    }

    @Test
    void refusesMalformedJsonNamingTheLine() throws IOException {
        String map = file("malformed.json", "{\n  \"participant\": \"p\",\n  \"members\": [,]\n}\n");

        assertRefused(run(map), "line 3", "malformed JSON");
    }

    @Test
    void refusesAnEgoThatIsNotTheParticipantOfAJsonMap() {
        assertRefused(
                run("--ego", "someone", resource("/network/maps/participant-in-poverty.json")),
                "--ego someone",
                "p-017");
    }

    @Test
    void refusesFilesOverFiftyMegabytes() throws IOException {
        Path large = folder.resolve("large.graphml");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(AnalyseCommand.MAX_BYTES + 1); // sparse: nothing is written
        }

        assertRefused(run("--ego", "0", large.toString()), "large.graphml", "over 50 MB");
    }

    @Test
    void recognisesGraphmlAfterAByteOrderMarkAndBlankLines() throws IOException {
        Path graph = folder.resolve("bom.graphml");
        Files.write(
                graph,
                ("\uFEFF\n\n  <graphml><graph><node id=\"a\"/><node id=\"b\"/>"
                                + "<edge source=\"a\" target=\"b\"/></graph></graphml>")
                        .getBytes(StandardCharsets.UTF_8));

        Outcome outcome = run("--ego", "a", graph.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.json().get("format").stringValue()).isEqualTo("graphml");
        assertThat(outcome.json().get("size").intValue()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused(run(file("empty.json", "  \n")), "JSON map must be an object");
    }
}
