package be.brugwerk.network.exchange;

import static be.brugwerk.network.exchange.ZipFiles.named;
import static be.brugwerk.network.exchange.ZipFiles.unzip;
import static be.brugwerk.network.exchange.ZipFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.network.cli.AnalyseCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Map files in every format: written and read back to the same map; bad files refused naming the line or element. */
class MapFilesUnitTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** A tie's label as awkward as a member's name: a formula sign first, a comma, quotes, markup. */
    static final String TIE_LABEL = "-familie, \"kent\" <elkaar> & co";

    /** A map with every property used, and text that CSV, XML and spreadsheets find awkward. */
    static MapFile everyProperty() {
        List<MapFile.Member> members = List.of(
                new MapFile.Member(
                        "members[0]",
                        "zus",
                        "Zus \"An\", de oudste",
                        RelationCategory.FAMILY,
                        Ring.INNER,
                        ContactFrequency.WEEKLY,
                        Map.of(
                                SupportFunction.AFFECTIVE,
                                SupportDirection.BOTH,
                                SupportFunction.MATERIAL,
                                SupportDirection.RECEIVES),
                        Valence.SUPPORTIVE,
                        RelationshipStatus.ACTIVE,
                        null,
                        null,
                        CapitalType.BONDING,
                        Level.CITY,
                        false,
                        false,
                        "=SUM(A1) <b>& co</b>\nnieuwe regel",
                        212.5),
                new MapFile.Member(
                        "members[1]",
                        "buur",
                        "-Buurman",
                        RelationCategory.NEIGHBOUR,
                        Ring.MIDDLE,
                        ContactFrequency.DAILY,
                        Map.of(SupportFunction.CONNECTING, SupportDirection.GIVES),
                        Valence.AMBIVALENT,
                        RelationshipStatus.DORMANT,
                        LocalDate.of(2025, 6, 1),
                        "verhuisd, komt terug?",
                        CapitalType.BRIDGING,
                        Level.NEIGHBOURHOOD,
                        true,
                        false,
                        null,
                        null),
                new MapFile.Member(
                        "members[2]",
                        "ocmw",
                        "Maatschappelijk werker",
                        RelationCategory.PROFESSIONAL,
                        Ring.OUTER,
                        ContactFrequency.MONTHLY,
                        Map.of(SupportFunction.INFORMATIVE, SupportDirection.RECEIVES),
                        Valence.SUPPORTIVE,
                        RelationshipStatus.ACTIVE,
                        null,
                        null,
                        CapitalType.LINKING,
                        Level.CITY,
                        false,
                        true,
                        null,
                        90.0),
                new MapFile.Member(
                        "members[3]",
                        "ex",
                        "Ex",
                        RelationCategory.ACQUAINTANCE,
                        Ring.OUTER,
                        ContactFrequency.RARELY,
                        Map.of(),
                        Valence.HARMFUL,
                        RelationshipStatus.BROKEN,
                        LocalDate.of(2024, 1, 31),
                        null,
                        CapitalType.BONDING,
                        Level.TRANSLOCAL,
                        false,
                        false,
                        null,
                        null));
        List<MapFile.Tie> ties = List.of(
                new MapFile.Tie("ties[0]", "zus", "buur", 2, TIE_LABEL, "first", "second"),
                new MapFile.Tie("ties[1]", "zus", "ex", null, null, "first", "second"));
        return new MapFile("p-017", 3, members, ties);
    }

    @ParameterizedTest
    @EnumSource(MapFormat.class)
    void readsBackTheMapItWrote(MapFormat format) throws BadInput {
        MapFile written = everyProperty();

        MapFile read = format.read(format.write(written, NOW));

        assertThat(read.participant()).isEqualTo("p-017");
        assertThat(comparable(read)).isEqualTo(comparable(written));
    }

    @ParameterizedTest
    @EnumSource(MapFormat.class)
    void importsAStoredMapAsItWasExported(MapFormat format) throws BadInput {
        MapDocument stored = everyProperty().toImport(3);

        MapDocument imported =
                format.read(format.write(MapFile.of("p", stored), NOW)).toImport(3);

        assertThat(comparable(MapFile.of("p", imported))).isEqualTo(comparable(MapFile.of("p", stored)));
    }

    @ParameterizedTest
    @EnumSource(MapFormat.class)
    void keepsWhereTheEditorDrewEachMember(MapFormat format) throws BadInput {
        MapDocument stored = everyProperty().toImport(3);

        MapDocument imported =
                format.read(format.write(MapFile.of("p", stored), NOW)).toImport(3);

        assertThat(imported.members())
                .extracting(MapDocument.MemberEntry::angle)
                .containsExactly(212.5, null, 90.0, null);
    }

    @ParameterizedTest
    @EnumSource(MapFormat.class)
    void keepsTheLabelOfEachTie(MapFormat format) throws BadInput {
        MapDocument stored = everyProperty().toImport(3);

        MapDocument imported =
                format.read(format.write(MapFile.of("p", stored), NOW)).toImport(3);

        assertThat(imported.ties()).extracting(MapDocument.TieEntry::label).containsExactly(TIE_LABEL, null);
    }

    @Test
    void refusesATieLabelWithAControlCharacterNamingTheTie() throws BadInput {
        MapFile read = JsonMapFormat.read(bytes("""
                {"members":[%s,%s],"ties":[{"first":"a","second":"b","label":"fa\\u0000mily"}]}""".formatted(jsonMember("a"), jsonMember("b"))));

        BadInput refused = assertThrows(BadInput.class, () -> read.toImport(0));

        assertThat(refused.getMessage())
                .isEqualTo("ties[0]: label: holds a control character (such as NUL) or half a character");
    }

    @Test
    void importsMemberNamesWithoutTheInvisibleCharactersThatCanDisguiseThem() throws BadInput {
        MapDocument json = JsonMapFormat.read(bytes("""
                        {"members":[%s,%s,%s]}""".formatted(
                                jsonMember("a").replace("{", "{\"name\":\"\\u200BAnn\\u202E\","),
                                jsonMember("b").replace("{", "{\"name\":\"\\uFEFF\","),
                                jsonMember("c").replace("{", "{\"name\":\"Mehr\\u200Cnoush\","))))
                .toImport(0);
        MapDocument graphml = GraphmlMapFormat.read(
                        bytes(graphml("<node id=\"p\"><data key=\"role\">participant</data></node><node id=\"m1\">"
                                + memberData("INNER").replace(">Ann<", ">A&#x2066;nn&#x200B;<") + "</node>")))
                .toImport(0);

        assertThat(json.members())
                .extracting(MapDocument.MemberEntry::name)
                .containsExactly("Ann", "b", "Mehr\u200Cnoush");
        assertThat(graphml.members()).extracting(MapDocument.MemberEntry::name).containsExactly("Ann");
    }

    @Test
    void refusesATieLabelOnTwoLinesNamingTheEdge() throws BadInput {
        MapFile read = GraphmlMapFormat.read(bytes(graphml("<node id=\"p\"><data key=\"role\">participant</data>"
                + "</node><node id=\"a\">" + memberData("INNER") + "</node><node id=\"b\">" + memberData("OUTER")
                + "</node><edge id=\"t1\" source=\"a\" target=\"b\"><data key=\"label\">family\nknows</data></edge>")));

        BadInput refused = assertThrows(BadInput.class, () -> read.toImport(0));

        assertThat(refused.getMessage())
                .isEqualTo("GraphML <edge id=\"t1\">: label: a single line, without line breaks or tabs");
    }

    @Test
    void refusesATieLabelLongerThanAHundredCharactersNamingTheLine() throws IOException, BadInput {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        String edges = named(files, "_edgeList_");
        files.put(edges, files.get(edges).replace(",zus,ex,,\r\n", ",zus,ex,," + "x".repeat(101) + "\r\n"));
        MapFile read = NetworkCanvasZip.read(zip(files));

        BadInput refused = assertThrows(BadInput.class, () -> read.toImport(0));

        assertThat(refused.getMessage()).isEqualTo(edges + " line 3: label: at most 100 characters, not 101");
    }

    @Test
    void readsOurZipPackedAgainOnAMacWithoutItsMetadataFiles() throws IOException, BadInput {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        Map<String, String> packed = new java.util.TreeMap<>();
        files.forEach((name, text) -> {
            packed.put("kaart/" + name, text);
            packed.put("__MACOSX/kaart/._" + name, "\u0000\u0005\u0016\u0007Mac OS X");
        });

        MapFile read = NetworkCanvasZip.read(zip(packed));

        assertThat(read.members()).hasSize(everyProperty().members().size());
        assertThat(read.ties()).hasSize(everyProperty().ties().size());
    }

    @Test
    void refusesAnAngleThatIsNoNumberNamingTheLine() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        String alters = named(files, "_attributeList_");
        files.put(alters, files.get(alters).replace(",212.5\r\n", ",half past\r\n"));

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(zip(files)));

        assertThat(refused.getMessage()).isEqualTo(alters + " line 2: angle: \"half past\" is not a number");
    }

    @Test
    void refusesAGraphmlAngleOutsideTheCircleOnImport() {
        MapFile read = assertDoesNotThrow(() -> GraphmlMapFormat.read(
                bytes(graphml("<node id=\"p\"><data key=\"role\">participant</data></node><node id=\"a\">"
                        + memberData("INNER") + "<data key=\"angle\">360</data></node>"))));

        BadInput refused = assertThrows(BadInput.class, () -> read.toImport(0));

        assertThat(refused.getMessage())
                .isEqualTo("GraphML <node id=\"a\">: angle: from 0 up to (not including) 360 " + "degrees, not 360.0");
    }

    @Test
    void analysesAnExportedJsonFileAsTheStoredMap() throws BadInput {
        MapDocument stored = everyProperty().toImport(3);
        byte[] exported = JsonMapFormat.write(MapFile.of("p-017", stored));

        String analysed = AnalyseCommand.analyse(exported, Optional.of("p-017"), Locale.ENGLISH);

        assertThat(analysed)
                .isEqualTo(AnalyseCommand.analyse(
                        JsonMapFormat.write(MapFile.of("p-017", stored)), Optional.empty(), Locale.ENGLISH));
        assertThat(analysed.replace("\"format\" : \"json\"", "\"format\" : \"brugwerk\""))
                .isEqualTo(
                        AnalyseCommand.json(new NetworkAnalyser().analyse(stored.toEngine("p-017")), Locale.ENGLISH));
    }

    @Test
    void analysesAnExportedGraphmlFileAsItsJson() throws BadInput {
        MapFile exported = MapFile.of("p-017", everyProperty().toImport(3));

        String fromGraphml = AnalyseCommand.analyse(GraphmlMapFormat.write(exported), Optional.empty(), Locale.ENGLISH);
        String fromJson = AnalyseCommand.analyse(JsonMapFormat.write(exported), Optional.empty(), Locale.ENGLISH);

        assertThat(fromGraphml.replace("\"format\" : \"graphml\"", "\"format\" : \"json\""))
                .isEqualTo(fromJson);
        assertThat(fromJson).contains("\"size\" : 2"); // the dormant and the broken relationship are not active
    }

    @Test
    void readsAnExportedGraphmlAsABareGraphAroundAnotherEgo() throws BadInput {
        MapFile exported = MapFile.of("p-017", everyProperty().toImport(3));
        String member = exported.members().get(0).id();

        String aroundMember =
                AnalyseCommand.analyse(GraphmlMapFormat.write(exported), Optional.of(member), Locale.ENGLISH);

        // the first member knows the participant and the two members it is tied to
        assertThat(aroundMember)
                .contains("\"participant\" : \"" + member + "\"")
                .contains("\"size\" : 3");
    }

    @Test
    void importsAFileWrittenForTheCommandLine() throws BadInput, IOException {
        byte[] file;
        try (var in = getClass().getResourceAsStream("/network/maps/participant-in-poverty.json")) {
            file = in.readAllBytes();
        }

        MapDocument imported = JsonMapFormat.read(file).toImport(0);

        assertThat(imported.members()).extracting(MapDocument.MemberEntry::name).startsWith("sister", "neighbour");
        assertThat(imported.ties()).hasSize(2);
    }

    @Test
    void namesTheGraphmlEdgeToAnUnknownMember() {
        String graphml = graphml("""
                <node id="p"><data key="role">participant</data></node>
                <node id="m1">%s</node>
                <edge id="e3" source="m1" target="m9"/>""".formatted(memberData("INNER")));

        BadInput refused = assertThrows(
                BadInput.class, () -> GraphmlMapFormat.read(bytes(graphml)).toImport(0));

        assertThat(refused.getMessage()).startsWith("GraphML <edge id=\"e3\">: target \"m9\" is not a member");
        assertThat(refused.element()).isEqualTo("GraphML <edge id=\"e3\">");
    }

    @Test
    void namesTheGraphmlNodeWithAnUnknownRing() {
        String graphml = graphml("""
                <node id="p"><data key="role">participant</data></node>
                <node id="m1">%s</node>""".formatted(memberData("HIGH")));

        BadInput refused = assertThrows(BadInput.class, () -> GraphmlMapFormat.read(bytes(graphml)));

        assertThat(refused.getMessage())
                .isEqualTo("GraphML <node id=\"m1\">: ring: unknown value \"HIGH\", "
                        + "expected one of [INNER, MIDDLE, OUTER]");
    }

    @Test
    void refusesGraphmlDataOfAnUnknownProperty() {
        String graphml = graphml("""
                <node id="p"><data key="role">participant</data></node>
                <node id="m1">%s<data key="colour">red</data></node>""".formatted(memberData("INNER")))
                .replace("<graph ", "<key id=\"colour\" for=\"node\" attr.name=\"colour\"/><graph ");

        BadInput refused = assertThrows(BadInput.class, () -> GraphmlMapFormat.read(bytes(graphml)));

        assertThat(refused.getMessage()).startsWith("GraphML <node id=\"m1\">: unknown property \"colour\"");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.unknownKeyProperty");
    }

    @Test
    void refusesGraphmlWithoutAParticipant() {
        String graphml = graphml("<node id=\"m1\">" + memberData("INNER") + "</node>");

        BadInput refused = assertThrows(BadInput.class, () -> GraphmlMapFormat.read(bytes(graphml)));

        assertThat(refused.getMessage()).contains("no node has role \"participant\"");
        assertThat(refused.element()).isEqualTo("GraphML");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.noParticipant");
    }

    @Test
    void refusesMalformedGraphmlNamingTheLine() {
        BadInput refused = assertThrows(
                BadInput.class,
                () -> GraphmlMapFormat.read(bytes("<graphml>\n<graph>\n<node id=\"p\">\n</graph></graphml>")));

        assertThat(refused.getMessage()).startsWith("line 4, column").contains("malformed XML");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.malformedXml");
    }

    @Test
    void refusesAnExternalEntityBeforeReadingIt() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <graphml><graph><node id="p"><data key="role">&secret;</data></node></graph></graphml>""";

        BadInput refused = assertThrows(BadInput.class, () -> GraphmlMapFormat.read(bytes(xxe)));

        assertThat(refused.getMessage())
                .isEqualTo("line 2: a document type declaration (DTD) is not allowed in GraphML input");
        assertThat(refused.getMessage()).doesNotContain("root:");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.graphmlDtd");
    }

    @Test
    void refusesABillionLaughsBeforeExpandingIt() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
        }
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [" + entities + "]>\n"
                + "<graphml><graph><node id=\"&lol9;\"/></graph></graphml>";

        BadInput refused = assertThrows(BadInput.class, () -> GraphmlMapFormat.read(bytes(laughs)));

        assertThat(refused.getMessage()).contains("DTD").contains("not allowed");
    }

    @Test
    void refusesElementsNestedTooDeep() {
        String deep = "<graphml><graph>" + "<desc>".repeat(100) + "</desc>".repeat(100) + "</graph></graphml>";

        BadInput refused = assertThrows(BadInput.class, () -> GraphmlMapFormat.read(bytes(deep)));

        assertThat(refused.getMessage()).contains("nest more than 64");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.nestedTooDeep");
    }

    @Test
    void namesTheAltersLineWithAnUnknownRing() throws IOException {
        byte[] zip = NetworkCanvasZip.write(everyProperty(), NOW);
        Map<String, String> files = unzip(zip);
        String alters = named(files, "_attributeList_Person.csv");
        List<String> lines = new ArrayList<>(List.of(files.get(alters).split("\r\n")));
        lines.set(3, lines.get(3).replace(",OUTER,", ",HIGH,"));
        files.put(alters, String.join("\r\n", lines) + "\r\n");

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(zip(files)));

        // the fourth row starts on line 5: the first member's note holds a line break
        assertThat(refused.getMessage())
                .isEqualTo(
                        alters + " line 5: ring: unknown value \"HIGH\", " + "expected one of [INNER, MIDDLE, OUTER]");
    }

    @Test
    void namesTheEdgesLineToAnUnknownMember() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        String edges = named(files, "_edgeList_knows.csv");
        files.put(edges, files.get(edges).replace(",ex,", ",m9,"));

        BadInput refused = assertThrows(
                BadInput.class, () -> NetworkCanvasZip.read(zip(files)).toImport(0));

        assertThat(refused.getMessage())
                .isEqualTo(edges + " line 3: networkCanvasTargetUUID \"m9\" is not a member " + "(unknown member)");
    }

    @Test
    void namesTheLineOfMalformedCsv() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        String alters = named(files, "_attributeList_");
        files.put(alters, files.get(alters) + "5,p-017,\"never closed,FAMILY\r\n");

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(zip(files)));

        assertThat(refused.getMessage()).isEqualTo(alters + " line 7: a quoted cell is not closed");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.csv.QUOTE_NOT_CLOSED");
    }

    @Test
    void namesARowWithTooFewCells() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        String edges = named(files, "_edgeList_");
        files.put(edges, files.get(edges) + "3,1,2\r\n");

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(zip(files)));

        assertThat(refused.getMessage()).isEqualTo(edges + " line 4: 3 cells, but the header has 9 columns");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.csv.CELL_COUNT");
        assertThat(refused.refusal().arguments()).containsExactly("3", "9");
    }

    @Test
    void countsTheFilesItLeavesAloneTowardsTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int file = 0; file < 3; file++) {
                zip.putNextEntry(new ZipEntry("other-" + file + ".csv"));
                for (int i = 0; i < 19; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(bytes.toByteArray()));

        assertThat(refused.getMessage())
                .isEqualTo("ZIP other-2.csv: the files together are over 50 MB once unpacked; larger maps are refused");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.zipTooLarge");
    }

    @Test
    void refusesAZipBombAtTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("alters.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200_000);

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(bytes.toByteArray()));

        assertThat(refused.getMessage())
                .isEqualTo("ZIP alters.csv: over 20 MB once unpacked; larger files are refused");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.zipEntryTooLarge");
    }

    @Test
    void refusesAZipOfTooManyEntries() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 17; i++) {
                zip.putNextEntry(new ZipEntry("file" + i + ".csv"));
                zip.closeEntry();
            }
        }

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(bytes.toByteArray()));

        assertThat(refused.getMessage()).isEqualTo("ZIP: more than 16 entries; a map needs three");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.zipEntriesOfMap");
    }

    @Test
    void refusesWhatIsNoZip() {
        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(bytes("{\"members\":[]}")));

        assertThat(refused.getMessage()).startsWith("ZIP: not a ZIP archive");
        assertThat(refused.refusal().messageKey()).isEqualTo("exchange.bad.zipEmpty");
    }

    @Test
    void refusesMoreZipEntriesThanTheBoundWithTheReasonItIsGivenByItsKey() throws IOException {
        byte[] three = zip(Map.of("a.csv", "a", "b.csv", "b", "c.csv", "c"));

        BadInput plain = assertThrows(
                BadInput.class, () -> BoundedZip.unpack(three, 2, BoundedZip.TOO_MANY_ENTRIES, path -> true));
        BadInput keyed = assertThrows(
                BadInput.class, () -> BoundedZip.unpack(three, 2, BoundedZip.TOO_MANY_FOR_A_MAP, path -> true));

        assertThat(plain.getMessage()).isEqualTo("ZIP: more than 2 entries");
        assertThat(plain.refusal().messageKey()).isEqualTo("exchange.bad.zipEntries");
        assertThat(keyed.getMessage()).isEqualTo("ZIP: more than 2 entries; a map needs three");
    }

    @Test
    void refusesAMapWithoutParticipantForTheAnalysisAsAWhole() {
        MapFile withoutParticipant = new MapFile(null, 0, List.of(), List.of());

        BadInput refused = assertThrows(BadInput.class, withoutParticipant::toEngine);

        assertThat(refused.element()).isNull();
        assertThat(refused.getMessage()).isEqualTo("participant is required (a non-empty string)");
    }

    @Test
    void namesTheFilesAsNetworkCanvasDoes() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));

        String session = UUID.nameUUIDFromBytes("p-017|3".getBytes(StandardCharsets.UTF_8))
                .toString();
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "p-017_" + session + "_ego.csv",
                        "p-017_" + session + "_attributeList_Person.csv",
                        "p-017_" + session + "_edgeList_knows.csv");
        assertThat(NetworkCanvasZip.fileNamePart("a/b:c*?\"<>|\u0007d. ")).isEqualTo("abcd");
    }

    @Test
    void writesTheColumnsOfNetworkCanvasCsvExport() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));

        assertThat(files.get(named(files, "_ego.csv")))
                .startsWith("networkCanvasEgoUUID,networkCanvasCaseID,"
                        + "networkCanvasSessionID,networkCanvasProtocolName,sessionStart,sessionFinish,sessionExported,"
                        + "APP_VERSION,COMMIT_HASH\r\np-017,p-017,");
        String alters = files.get(named(files, "_attributeList_"));
        assertThat(alters)
                .startsWith("nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,category,"
                        + "ring,frequency,support_MATERIAL,support_AFFECTIVE,support_INFORMATIVE,support_CONNECTING,valence,"
                        + "status,statusSince,statusNote,capitalType,level,lightTie,formal,note,angle\r\n1,p-017,zus,");
        assertThat(alters)
                .contains("\"'=SUM(A1) <b>& co</b>\nnieuwe regel\",212.5\r\n")
                .contains(",'-Buurman,");
        assertThat(files.get(named(files, "_edgeList_")))
                .startsWith(
                        "edgeID,from,to,networkCanvasEgoUUID,"
                                + "networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID,strength,label\r\n1,1,2,p-017,");
        assertThat(files.get(named(files, "_edgeList_")))
                .contains(",zus,buur,2,\"'-familie, \"\"kent\"\" <elkaar> & co\"\r\n")
                .endsWith(",zus,ex,,\r\n");
    }

    @Test
    void readsTheFileNamesOfEarlierExports() throws IOException, BadInput {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        Map<String, String> plain = Map.of(
                "ego.csv",
                files.get(named(files, "_ego.csv")),
                "alters.csv",
                files.get(named(files, "_attributeList_")),
                "edges.csv",
                files.get(named(files, "_edgeList_")));

        MapFile read = NetworkCanvasZip.read(zip(plain));

        assertThat(comparable(read)).isEqualTo(comparable(everyProperty()));
    }

    @Test
    void refusesTwoInterviewsInOneZip() throws IOException {
        Map<String, String> files = unzip(NetworkCanvasZip.write(everyProperty(), NOW));
        files.put("p-018_s2_ego.csv", files.get(named(files, "_ego.csv")).replace("p-017", "p-018"));

        BadInput refused = assertThrows(BadInput.class, () -> NetworkCanvasZip.read(zip(files)));

        assertThat(refused.getMessage())
                .startsWith("ZIP: p-018_s2_ego.csv and p-017_")
                .endsWith("_ego.csv are both ego.csv; a map is one interview of one ego, with one type of tie");
    }

    @Test
    void namesTheJsonElementAtFault() {
        BadInput refused = assertThrows(BadInput.class, () -> JsonMapFormat.read(bytes("""
                {"members":[{"id":"a","category":"FRIEND","ring":"HIGH"}]}""")));

        assertThat(refused.element()).isEqualTo("members[0] (member \"a\")");
        assertThat(refused.problem()).startsWith("ring: unknown value \"HIGH\"");
    }

    private static String memberData(String ring) {
        return ("<data key=\"name\">Ann</data><data key=\"category\">FRIEND</data><data key=\"ring\">%s</data>"
                        + "<data key=\"frequency\">DAILY</data><data key=\"valence\">SUPPORTIVE</data>"
                        + "<data key=\"status\">ACTIVE</data><data key=\"capitalType\">BONDING</data>"
                        + "<data key=\"level\">CITY</data>")
                .formatted(ring);
    }

    private static String jsonMember(String id) {
        return """
                {"id":"%s","category":"FRIEND","ring":"INNER","frequency":"DAILY","valence":"SUPPORTIVE",\
                "status":"ACTIVE","capitalType":"BONDING","level":"CITY"}""".formatted(id);
    }

    private static String graphml(String graph) {
        StringBuilder keys = new StringBuilder("<key id=\"role\" for=\"node\" attr.name=\"role\"/>"
                + "<key id=\"label\" for=\"edge\" attr.name=\"label\"/>");
        for (String property : FlatMember.PROPERTIES) {
            keys.append("<key id=\"%s\" for=\"node\" attr.name=\"%1$s\"/>".formatted(property));
        }
        return "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">" + keys
                + "\n<graph edgedefault=\"undirected\">\n" + graph + "\n</graph></graphml>";
    }

    /** The map without where each element stood in the file; ids as positions, since an import gives new ids. */
    private static List<Object> comparable(MapFile map) {
        List<Object> all = new ArrayList<>();
        List<String> ids = map.members().stream().map(MapFile.Member::id).toList();
        for (MapFile.Member m : map.members()) {
            all.add(new MapFile.Member(
                    null,
                    "#" + ids.indexOf(m.id()),
                    m.name(),
                    m.category(),
                    m.ring(),
                    m.frequency(),
                    m.support(),
                    m.valence(),
                    m.status(),
                    m.statusSince(),
                    m.statusNote(),
                    m.capitalType(),
                    m.level(),
                    m.lightTie(),
                    m.isFormal(),
                    m.note(),
                    m.angle()));
        }
        for (MapFile.Tie t : map.ties()) {
            all.add(List.of(
                    ids.indexOf(t.first()),
                    ids.indexOf(t.second()),
                    String.valueOf(t.strength()),
                    String.valueOf(t.label())));
        }
        return all;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
