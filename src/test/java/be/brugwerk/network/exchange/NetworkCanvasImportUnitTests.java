package be.brugwerk.network.exchange;

import static be.brugwerk.network.exchange.NetworkCanvasExports.JAN_SESSION;
import static be.brugwerk.network.exchange.NetworkCanvasExports.MIA_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Network Canvas exports (CSV ZIP, loose CSV files, GraphML) read, mapped and refused. */
class NetworkCanvasImportUnitTests {

    private static final String JAN = "jan_" + JAN_SESSION + "_";

    @Test
    void listsEveryInterviewOfTheExportWithItsCaseSessionAndDate() throws BadInput {
        NetworkCanvasExport export = NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.csvZip())
                .orElseThrow();

        assertThat(export.interviews())
                .extracting(
                        NetworkCanvasInterview::caseId, NetworkCanvasInterview::session, NetworkCanvasInterview::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jan", JAN_SESSION, "2026-01-10T10:15:00.000Z"),
                        org.assertj.core.groups.Tuple.tuple("mia", MIA_SESSION, "2026-01-12T14:00:00.000Z"));
        assertThat(export.interviews().get(0).count("Person")).isEqualTo(3);
        assertThat(export.interviews().get(1).count("Person")).isEqualTo(2);
    }

    @Test
    void importsTheChosenInterviewWithMappedStudyVariables() throws BadInput {
        NetworkCanvasExport export = NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.csvZip())
                .orElseThrow();

        NetworkCanvasMapping.Result jan =
                NetworkCanvasMapping.of(NetworkCanvasExports.studyMapping()).apply(export.interview(JAN_SESSION));
        MapDocument map = jan.map().toImport(0);

        assertThat(map.members())
                .extracting(MapDocument.MemberEntry::name)
                .containsExactly("Vermeulen, An", "-Bob", "=Zus");
        MapDocument.MemberEntry an = map.members().get(0);
        assertThat(an.frequency()).isEqualTo(ContactFrequency.DAILY);
        assertThat(an.ring()).isEqualTo(Ring.INNER);
        assertThat(an.category()).isEqualTo(RelationCategory.ACQUAINTANCE);
        assertThat(an.support()).containsExactly(Map.entry(SupportFunction.AFFECTIVE, SupportDirection.RECEIVES));
        assertThat(an.angle()).isEqualTo(0.0);
        assertThat(map.members().get(1).angle()).isEqualTo(90.0);
        assertThat(map.members().get(1).support()).isEmpty();
        assertThat(map.members().get(2).ring()).isEqualTo(Ring.OUTER);
        assertThat(map.members().get(2).frequency()).isEqualTo(ContactFrequency.MONTHLY);
        assertThat(map.members().get(2).angle()).isEqualTo(270.0);
        assertThat(map.ties())
                .extracting(MapDocument.TieEntry::label)
                .as("the edge types behind each tie")
                .containsExactly("family, knows", "knows");
        assertThat(jan.ties())
                .containsExactly(
                        new NetworkCanvasMapping.TieTypes("Vermeulen, An", "-Bob", List.of("family", "knows")),
                        new NetworkCanvasMapping.TieTypes("-Bob", "=Zus", List.of("knows")));
        assertThat(jan.unused())
                .containsExactly(
                        new NetworkCanvasMapping.Unused(JAN + "ego.csv line 2", List.of("age", "lives_alone")),
                        new NetworkCanvasMapping.Unused(JAN + "attributeList_Person.csv line 1", List.of("remark")),
                        new NetworkCanvasMapping.Unused(
                                JAN + "attributeList_Place.csv line 1 (1 nodes of type \"Place\", not" + " members)",
                                List.of("name", "kind")),
                        new NetworkCanvasMapping.Unused(JAN + "edgeList_knows.csv line 1", List.of("since")),
                        new NetworkCanvasMapping.Unused("1 edges to nodes that are not members", List.of()));
    }

    @Test
    void previewsWithoutAMappingOnDefaultsAndListsEveryColumnItLeavesUnused() throws BadInput {
        NetworkCanvasExport export = NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.csvZip())
                .orElseThrow();

        NetworkCanvasMapping.Result mia = NetworkCanvasMapping.none().apply(export.interview("mia"));

        assertThat(mia.map().members())
                .extracting(MapFile.Member::name, MapFile.Member::ring, MapFile.Member::category, MapFile.Member::angle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mo", Ring.MIDDLE, RelationCategory.ACQUAINTANCE, null),
                        org.assertj.core.groups.Tuple.tuple("Lea", Ring.MIDDLE, RelationCategory.ACQUAINTANCE, null));
        assertThat(mia.unused())
                .extracting(NetworkCanvasMapping.Unused::columns)
                .contains(List.of("contact_freq", "closeness", "emotional_support", "Cords_x", "Cords_y", "remark"));
    }

    /**
     * A categorical variable, which the exporter writes as one {@code true}/{@code false} column per option
     * ({@code relation_family}, {@code relation_neighbour}), mapped by the variable's name: the option selected gives
     * the value, none the default; its option columns are used, not listed.
     */
    @Test
    void mapsACategoricalVariableByTheOptionSelected() throws BadInput {
        NetworkCanvasInterview interview = miaWith(
                "attributeList_Person.csv",
                NetworkCanvasExports.PERSON_HEADER + ",relation_family,relation_neighbour\r\n"
                        + "1,ego-mia,node-mo,Mo,Daily,close,true,0.3,0.3,,true,false\r\n"
                        + "2,ego-mia,node-lea,Lea,Weekly,far,false,0.7,0.7,,false,false\r\n");

        NetworkCanvasMapping.Result mapped = NetworkCanvasMapping.of(
                        Map.of("category", "relation", "categoryValues", "neighbour=NEIGHBOUR"))
                .apply(interview);

        assertThat(mapped.map().members())
                .extracting(MapFile.Member::name, MapFile.Member::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mo", RelationCategory.FAMILY),
                        org.assertj.core.groups.Tuple.tuple("Lea", RelationCategory.ACQUAINTANCE));
        assertThat(mapped.unused().toString()).doesNotContain("relation_");
        assertThat(NetworkCanvasMapping.categoricalVariables(
                        interview.nodeTypes().get("Person").columns()))
                .as("what the page offers beside the columns")
                .containsExactly("relation");
    }

    @Test
    void readsLooseCsvFilesAsTheZip() throws BadInput {
        Map<String, byte[]> loose = new HashMap<>();
        NetworkCanvasExports.csvFiles().forEach((name, text) -> loose.put(name, text.getBytes(StandardCharsets.UTF_8)));

        List<NetworkCanvasInterview> interviews = NetworkCanvasExportCsv.read(loose);

        assertThat(interviews).extracting(NetworkCanvasInterview::caseId).containsExactly("jan", "mia");
    }

    /**
     * An export a researcher packed again on a Mac (as the ZIP of Network Canvas' own data tutorial is): the files in
     * a folder, beside macOS' {@code __MACOSX/…/._<file>} metadata (binary AppleDouble headers named like the CSV files)
     * and a {@code .DS_Store}. The metadata is never read as a file of the export: not an ego file without a row, not
     * an edge list standing in for the real one.
     */
    @Test
    void readsAnExportPackedAgainOnAMacAsTheExportItself() throws BadInput {
        String appleDouble = "\u0000\u0005\u0016\u0007\u0000\u0002\u0000\u0000Mac OS X        \u0000\u0002ATTR";
        Map<String, String> packed = new java.util.TreeMap<>();
        NetworkCanvasExports.csvFiles().forEach((name, text) -> {
            packed.put("networkCanvasExport/" + name, text);
            packed.put("__MACOSX/networkCanvasExport/._" + name, appleDouble);
        });
        packed.put("networkCanvasExport/.DS_Store", appleDouble);
        packed.put("networkCanvasExport/._" + JAN + "edgeList_knows.csv", appleDouble);

        List<NetworkCanvasInterview> interviews = NetworkCanvasExport.recognise(
                        MapFormat.ZIP, NetworkCanvasExports.zip(packed))
                .orElseThrow()
                .interviews();

        assertThat(interviews).extracting(NetworkCanvasInterview::caseId).containsExactly("jan", "mia");
        assertThat(interviews.get(0).edges())
                .extracting(NetworkCanvasInterview.Edge::type)
                .containsExactly("family", "knows", "knows", "visits");
        assertThat(NetworkCanvasMapping.none().apply(interviews.get(0)).unused())
                .extracting(NetworkCanvasMapping.Unused::where)
                .noneMatch(where -> where.contains("._"));
    }

    /** Network Canvas 6 quoted every cell of an edge list, its header too (as the tutorial's export shows). */
    @Test
    void readsAnEdgeListWhoseEveryCellIsQuoted() throws BadInput {
        NetworkCanvasInterview interview = miaWith(
                "edgeList_knows.csv",
                String.join(
                        "\r\n",
                        "\"edgeID\",\"from\",\"to\",\"networkCanvasEgoUUID\",\"networkCanvasUUID\","
                                + "\"networkCanvasSourceUUID\",\"networkCanvasTargetUUID\",\"since\"",
                        "1,1,2,\"ego-mia\",\"edge-m1\",\"node-mo\",\"node-lea\",\"2019\"",
                        ""));

        NetworkCanvasMapping.Result mia = NetworkCanvasMapping.none().apply(interview);

        assertThat(mia.ties()).containsExactly(new NetworkCanvasMapping.TieTypes("Mo", "Lea", List.of("knows")));
        assertThat(mia.unused())
                .contains(new NetworkCanvasMapping.Unused(
                        "mia_" + MIA_SESSION + "_edgeList_knows.csv line 1", List.of("since")));
    }

    /** The interview of case mia, one of its files ({@code <case>_<session>_} left out of the name) replaced. */
    private static NetworkCanvasInterview miaWith(String file, String content) throws BadInput {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        files.put("mia_" + MIA_SESSION + "_" + file, content);
        return NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.zip(files))
                .orElseThrow()
                .interview("mia");
    }

    @Test
    void leavesBrugwerksOwnZipToItsOwnReader() throws BadInput {
        MapFile ours = new MapFile("p", 0, List.of(), List.of());

        assertThat(NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasZip.write(ours, java.time.Instant.EPOCH)))
                .isEmpty();
        assertThat(NetworkCanvasExport.recognise(MapFormat.GRAPHML, GraphmlMapFormat.write(ours)))
                .isEmpty();
    }

    @Test
    void refusesAnEdgeToAnUnknownNodeNamingFileAndLine() {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        files.put(
                JAN + "edgeList_knows.csv",
                files.get(JAN + "edgeList_knows.csv").replace("node-bob,node-zus,", "node-bob,node-nobody,"));

        assertThatThrownBy(() -> NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.zip(files)))
                .isInstanceOf(BadInput.class)
                .hasMessage(JAN + "edgeList_knows.csv line 3: networkCanvasTargetUUID "
                        + "\"node-nobody\" is not a node of this interview (unknown node)");
    }

    @Test
    void refusesAnEdgeByNodeIdToAnUnknownNode() {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        files.put(JAN + "edgeList_family.csv", NetworkCanvasExports.EDGE_HEADER + "\r\n1,1,9,ego-jan,edge-f1,,\r\n");

        assertThatThrownBy(() -> NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.zip(files)))
                .isInstanceOf(BadInput.class)
                .hasMessage(JAN + "edgeList_family.csv line 2: to \"9\" is not a node "
                        + "of this interview (unknown node)");
    }

    @Test
    void refusesTwoEgoRowsNamingTheSecond() {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        String ego = files.get(JAN + "ego.csv");
        files.put(JAN + "ego.csv", ego + ego.substring(ego.indexOf("\r\n") + 2));

        assertThatThrownBy(() -> NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.zip(files)))
                .isInstanceOf(BadInput.class)
                .hasMessage(JAN + "ego.csv line 3: exactly one row (the participant) is expected, not 2");
    }

    @Test
    void refusesAMemberNodeTypeWithoutANameColumnUnlessMapped() throws BadInput {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        files.put(
                JAN + "attributeList_Person.csv",
                files.get(JAN + "attributeList_Person.csv").replace(",name,", ",nickname,"));
        NetworkCanvasInterview jan = NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.zip(files))
                .orElseThrow()
                .interview(JAN_SESSION);

        assertThatThrownBy(() -> NetworkCanvasMapping.none().apply(jan))
                .isInstanceOf(BadInput.class)
                .hasMessageStartingWith(JAN + "attributeList_Person.csv line 1: node type \"Person\" has no column "
                        + "\"name\"; map the member's name");
        assertThat(NetworkCanvasMapping.of(Map.of("name", "nickname"))
                        .apply(jan)
                        .map()
                        .members())
                .extracting(MapFile.Member::name)
                .containsExactly("Vermeulen, An", "-Bob", "=Zus");
        assertThat(NetworkCanvasMapping.of(Map.of("name", "networkCanvasUUID"))
                        .apply(jan)
                        .map()
                        .toImport(0)
                        .members())
                .extracting(MapDocument.MemberEntry::name)
                .as("named by their node id")
                .containsExactly("node-an", "node-bob", "node-zus");
    }

    @Test
    void refusesAValueItCannotMapNamingFileAndLine() throws BadInput {
        NetworkCanvasInterview jan = NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.csvZip())
                .orElseThrow()
                .interview(JAN_SESSION);

        assertThatThrownBy(
                        () -> NetworkCanvasMapping.of(Map.of("frequency", "closeness", "frequencyValues", "far=RARELY"))
                                .apply(jan))
                .isInstanceOf(BadInput.class)
                .hasMessage(JAN + "attributeList_Person.csv "
                        + "line 2: closeness: value \"close\" has no mapping; map it to one of [DAILY, WEEKLY, "
                        + "MONTHLY, FEW_TIMES_A_YEAR, RARELY]");
        assertThatThrownBy(() -> NetworkCanvasMapping.of(Map.of("ring", "closeness", "ringValues", "close=NEAR")))
                .isInstanceOf(BadInput.class)
                .hasMessage("mapping ringValues: \"NEAR\" is not one of [INNER, MIDDLE, " + "OUTER]");
    }

    /** What reads or maps an interview, refusing it. */
    interface Reading {
        Object read() throws BadInput;
    }

    /**
     * Every refusal of an interview or its mapping has a message key of its own, so that a page and the API say it in
     * the request's language; a mapping naming a column the member type lacks names the parameter that names it.
     */
    @Test
    void refusesAnInterviewOrMappingByAMessageKeyNamingTheParameter() throws BadInput {
        NetworkCanvasExport export = NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.csvZip())
                .orElseThrow();
        NetworkCanvasInterview jan = export.interview(JAN_SESSION);
        Map<Reading, String> keys = new LinkedHashMap<>();
        keys.put(() -> export.interview("nobody"), "exchange.bad.interviewUnknown");
        keys.put(() -> NetworkCanvasMapping.of(Map.of("nodeType", "Animal")).apply(jan), "exchange.bad.noNodeType");
        keys.put(
                () -> NetworkCanvasMapping.of(Map.of("ringValues", "close=INNER")), "exchange.bad.valuesWithoutColumn");
        keys.put(
                () -> NetworkCanvasMapping.of(Map.of("ring", "closeness", "ringValues", "close")),
                "exchange.bad.notAPair");
        keys.put(
                () -> NetworkCanvasMapping.of(Map.of("support.AFFECTIVE", "closeness"))
                        .apply(jan),
                "exchange.bad.unmappedValue");
        keys.put(() -> NetworkCanvasMapping.of(Map.of("layout", "Spot")).apply(jan), "exchange.bad.notAColumn");

        keys.forEach((reading, key) -> {
            BadInput refused = assertThrows(BadInput.class, reading::read);
            assertThat(refused.refusal().messageKey()).as(refused.getMessage()).isEqualTo(key);
        });
        assertThatThrownBy(() -> NetworkCanvasMapping.of(Map.of("support.AFFECTIVE", "closeness"))
                        .apply(jan))
                .hasMessageEndingWith("closeness: value \"close\" has no mapping; map it to one of [RECEIVES, GIVES, "
                        + "BOTH, NONE]");
        assertThatThrownBy(() ->
                        NetworkCanvasMapping.of(Map.of("ring", "nearness")).apply(jan))
                .hasMessage("mapping: ring: \"nearness\" is not a column of the member node type \"Person\"");
    }

    @Test
    void refusesAQuoteLeftOpenNamingFileAndLine() {
        Map<String, String> files = NetworkCanvasExports.csvFiles();
        files.put(
                JAN + "attributeList_Person.csv",
                files.get(JAN + "attributeList_Person.csv").replace("'=Zus", "\"=Zus"));

        assertThatThrownBy(() -> NetworkCanvasExport.recognise(MapFormat.ZIP, NetworkCanvasExports.zip(files)))
                .isInstanceOf(BadInput.class)
                .hasMessage(JAN + "attributeList_Person.csv line 4: a quoted cell is " + "not closed");
    }

    @Test
    void importsNetworkCanvasGraphmlWithTheSameMapping() throws BadInput {
        NetworkCanvasExport export = NetworkCanvasExport.recognise(MapFormat.GRAPHML, NetworkCanvasExports.graphml())
                .orElseThrow();

        assertThat(export.interviews())
                .extracting(NetworkCanvasInterview::caseId, NetworkCanvasInterview::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jan", "2026-01-10T10:15:00.000Z"),
                        org.assertj.core.groups.Tuple.tuple("mia", "2026-02-01T12:00:00.000Z"));
        NetworkCanvasMapping.Result jan = NetworkCanvasMapping.of(Map.of(
                        "frequency", "contact_freq", "frequencyValues", "Daily=DAILY;Weekly=WEEKLY", "layout", "Cords"))
                .apply(export.interview("jan"));

        assertThat(jan.map().members())
                .extracting(MapFile.Member::name, MapFile.Member::frequency, MapFile.Member::angle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Vermeulen, An", ContactFrequency.DAILY, 0.0),
                        org.assertj.core.groups.Tuple.tuple("Bob & co", ContactFrequency.WEEKLY, null));
        assertThat(jan.ties())
                .containsExactly(
                        new NetworkCanvasMapping.TieTypes("Vermeulen, An", "Bob & co", List.of("family", "knows")));
        assertThat(jan.map().ties()).extracting(MapFile.Tie::label).containsExactly("family, knows");
        assertThat(jan.unused())
                .contains(
                        new NetworkCanvasMapping.Unused("GraphML line 15 <graph>", List.of("age")),
                        new NetworkCanvasMapping.Unused("GraphML nodes of type \"Person\"", List.of("closeness")),
                        new NetworkCanvasMapping.Unused("GraphML edges of type \"knows\"", List.of("since")),
                        new NetworkCanvasMapping.Unused("1 edges from a member to itself", List.of()));
        assertThat(jan.unused())
                .extracting(NetworkCanvasMapping.Unused::columns)
                .as("the layout's GraphML keys Cords_X and Cords_Y are used")
                .noneMatch(columns -> columns.contains("Cords_X") || columns.contains("Cords_Y"));
    }

    @Test
    void cutsOffALabelOfMoreEdgeTypesThanFitWithAnEllipsis() {
        List<String> types = java.util.stream.IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "type" + i)
                .toList();

        String label = NetworkCanvasMapping.label(types);

        // type1 to type13 and ", …" make 96 characters; with type14 they would make 104
        assertThat(label)
                .isEqualTo(String.join(", ", types.subList(0, 13)) + ", …")
                .hasSizeLessThanOrEqualTo(100);
        assertThat(NetworkCanvasMapping.label(List.of("family", "knows"))).isEqualTo("family, knows");
        assertThat(NetworkCanvasMapping.label(List.of("a".repeat(98) + "\uD83D\uDE00b")))
                .as("never half a character")
                .isEqualTo("a".repeat(98) + "…");
    }

    @Test
    void refusesGraphmlWithADoctypeOrAnEdgeToAnUnknownNode() {
        String graphml = new String(NetworkCanvasExports.graphml(), StandardCharsets.UTF_8);
        byte[] withDoctype = graphml.replace(
                        "<graphml ", "<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "\n<graphml ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] unknownEnd = graphml.replace("source=\"1\" target=\"3\"", "source=\"1\" target=\"7\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NetworkCanvasExport.recognise(MapFormat.GRAPHML, withDoctype))
                .isInstanceOf(BadInput.class)
                .hasMessageContaining("a document type declaration (DTD) is not allowed");
        assertThatThrownBy(() -> NetworkCanvasExport.recognise(MapFormat.GRAPHML, unknownEnd))
                .isInstanceOf(BadInput.class)
                .hasMessage("GraphML line 23 <edge id=\"3\">: target \"7\" is not a node "
                        + "of this interview (unknown node)");
    }
}
