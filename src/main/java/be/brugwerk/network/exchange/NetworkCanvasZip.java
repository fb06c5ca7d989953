package be.brugwerk.network.exchange;

import be.brugwerk.system.CsvTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A network map as a ZIP of three CSV files in the layout of Network Canvas' CSV export (docs/network-map-format.md,
 * "Network Canvas ZIP"): the ego file's fixed columns, one alter row per member with the relationship's properties as
 * attribute columns (Network Canvas keeps ego–alter data on the alter), and one edge row per tie joined by
 * {@code from}/{@code to} (the alters' {@code nodeID}) and {@code networkCanvasSourceUUID}/{@code
 * networkCanvasTargetUUID}. The files are named as Network Canvas names them, {@code <case>_<session>_ego.csv},
 * {@code <case>_<session>_attributeList_Person.csv} and {@code <case>_<session>_edgeList_knows.csv}, so that tools
 * written for its exports (egor's {@code threefiles_to_egor}, a networkx script) take the files as they are; the
 * reader also takes the plain names {@code ego.csv}, {@code alters.csv} and {@code edges.csv} of earlier exports.
 *
 * <p>Reading is bounded as {@link BoundedZip} bounds it, with at most {@value #MOST_ENTRIES} entries. Other entries than the three files are ignored.
 */
public final class NetworkCanvasZip {

    static final String EGO = "ego.csv";
    static final String ALTERS = "alters.csv";
    static final String EDGES = "edges.csv";
    /** The node type and edge type in the file names, as a Network Canvas protocol would name them. */
    static final String NODE_TYPE = "Person";

    static final String EDGE_TYPE = "knows";
    static final int MOST_ENTRIES = 16;

    static final String EGO_UUID = "networkCanvasEgoUUID";
    static final String UUID_COLUMN = "networkCanvasUUID";
    static final String SOURCE = "networkCanvasSourceUUID";
    static final String TARGET = "networkCanvasTargetUUID";
    static final List<String> EGO_COLUMNS = List.of(
            EGO_UUID,
            "networkCanvasCaseID",
            "networkCanvasSessionID",
            "networkCanvasProtocolName",
            "sessionStart",
            "sessionFinish",
            "sessionExported",
            "APP_VERSION",
            "COMMIT_HASH");
    static final List<String> ALTER_COLUMNS = List.of("nodeID", EGO_UUID, UUID_COLUMN);
    static final List<String> EDGE_COLUMNS = List.of(
            "edgeID",
            "from",
            "to",
            EGO_UUID,
            UUID_COLUMN,
            SOURCE,
            TARGET,
            GraphmlMapFormat.STRENGTH,
            GraphmlMapFormat.LABEL);
    static final String PROTOCOL = "Brugwerk network map";

    private NetworkCanvasZip() {}

    /** The map as a ZIP; {@code exportedAt} goes in the ego file's {@code sessionExported}. */
    public static byte[] write(MapFile map, Instant exportedAt) {
        String ego = map.participant() == null ? "participant" : map.participant();
        String session = UUID.nameUUIDFromBytes((ego + "|" + map.version()).getBytes(StandardCharsets.UTF_8))
                .toString();
        StringBuilder egoCsv = new StringBuilder(Csv.row(EGO_COLUMNS));
        egoCsv.append(Csv.row(List.of(ego, ego, session, PROTOCOL, "", "", exportedAt.toString(), "brugwerk", "")));
        List<String> alterHeader = new ArrayList<>(ALTER_COLUMNS);
        alterHeader.addAll(FlatMember.PROPERTIES);
        StringBuilder alters = new StringBuilder(Csv.row(alterHeader));
        Map<String, Integer> nodeIds = new HashMap<>();
        for (MapFile.Member member : map.members()) {
            nodeIds.put(member.id(), nodeIds.size() + 1);
            Map<String, String> values = FlatMember.write(member);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(nodeIds.size()), ego, member.id()));
            FlatMember.PROPERTIES.forEach(property -> cells.add(values.get(property)));
            alters.append(Csv.row(cells));
        }
        StringBuilder edges = new StringBuilder(Csv.row(EDGE_COLUMNS));
        int edge = 0;
        for (MapFile.Tie tie : map.ties()) {
            String id = UUID.nameUUIDFromBytes((tie.first() + "|" + tie.second()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            edges.append(Csv.row(List.of(
                    Integer.toString(++edge),
                    String.valueOf(nodeIds.get(tie.first())),
                    String.valueOf(nodeIds.get(tie.second())),
                    ego,
                    id,
                    tie.first(),
                    tie.second(),
                    tie.strength() == null ? "" : tie.strength().toString(),
                    tie.label() == null ? "" : tie.label())));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            String prefix = fileNamePart(ego) + "_" + session + "_";
            for (Map.Entry<String, StringBuilder> file : List.of(
                    Map.entry(prefix + "ego.csv", egoCsv),
                    Map.entry(prefix + "attributeList_" + NODE_TYPE + ".csv", alters),
                    Map.entry(prefix + "edgeList_" + EDGE_TYPE + ".csv", edges))) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException cannotHappen) {
            throw new IllegalStateException("writing a ZIP to memory failed", cannotHappen);
        }
        return bytes.toByteArray();
    }

    /**
     * A text as part of a file name, as Network Canvas makes a case id one: without the characters a file system
     * refuses (backslash, slash, colon, asterisk, question mark, double quote, angle brackets, vertical bar and
     * control characters) and without dots and spaces at the end. The characters are named in words: a backslash
     * in Javadoc breaks the JSON reader of Spring Modulith's documentation (ModularityTests).
     */
    static String fileNamePart(String text) {
        String part = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("[. ]+$", "");
        return part.isEmpty() ? "participant" : part;
    }

    public static MapFile read(byte[] archive) throws BadInput {
        Map<String, Unpacked> files = unpack(archive);
        for (String required : List.of(EGO, ALTERS)) {
            if (!files.containsKey(required)) {
                throw BadInput.of("ZIP", "exchange.bad.zipFileMissing", required, NODE_TYPE, EDGE_TYPE);
            }
        }
        Unpacked egoFile = files.get(EGO);
        List<CsvTable.Row> egoRows = Csv.read(egoFile.name(), egoFile.content());
        if (egoRows.size() != 1) {
            throw BadInput.of(egoFile.name(), "exchange.bad.egoRows", String.valueOf(egoRows.size()));
        }
        CsvTable.Row egoRow = egoRows.get(0);
        String ego = Csv.unguarded(egoRow.cells().get(EGO_UUID));
        if (FlatMember.blank(ego)) {
            throw BadInput.of(egoFile.name() + " line " + egoRow.line(), "exchange.bad.required", EGO_UUID);
        }
        List<MapFile.Member> members = new ArrayList<>();
        Set<String> alterColumns = new LinkedHashSet<>(ALTER_COLUMNS);
        alterColumns.addAll(FlatMember.PROPERTIES);
        Unpacked altersFile = files.get(ALTERS);
        for (CsvTable.Row row : Csv.read(altersFile.name(), altersFile.content())) {
            String where = altersFile.name() + " line " + row.line();
            Map<String, String> values = cells(row, alterColumns, where, ego);
            String id = values.remove(UUID_COLUMN);
            if (FlatMember.blank(id)) {
                throw BadInput.of(where, "exchange.bad.required", UUID_COLUMN);
            }
            members.add(FlatMember.read(where, id, values));
        }
        List<MapFile.Tie> ties = new ArrayList<>();
        if (files.containsKey(EDGES)) {
            Unpacked edgesFile = files.get(EDGES);
            for (CsvTable.Row row : Csv.read(edgesFile.name(), edgesFile.content())) {
                String where = edgesFile.name() + " line " + row.line();
                Map<String, String> values = cells(row, Set.copyOf(EDGE_COLUMNS), where, ego);
                for (String end : List.of(SOURCE, TARGET)) {
                    if (FlatMember.blank(values.get(end))) {
                        throw BadInput.of(where, "exchange.bad.required", end);
                    }
                }
                ties.add(new MapFile.Tie(
                        where,
                        values.get(SOURCE),
                        values.get(TARGET),
                        FlatMember.whole(values.get(GraphmlMapFormat.STRENGTH), where, GraphmlMapFormat.STRENGTH),
                        FlatMember.blank(values.get(GraphmlMapFormat.LABEL))
                                ? null
                                : values.get(GraphmlMapFormat.LABEL),
                        SOURCE,
                        TARGET));
            }
        }
        return new MapFile(ego, 0, members, ties);
    }

    /** A row's cells without the formula guard; unknown columns and a row of another ego refused. */
    private static Map<String, String> cells(CsvTable.Row row, Set<String> known, String where, String ego)
            throws BadInput {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (!known.contains(cell.getKey())) {
                throw BadInput.of(where, "exchange.bad.unknownColumn", cell.getKey());
            }
            values.put(cell.getKey(), Csv.unguarded(cell.getValue()));
        }
        String rowEgo = values.remove(EGO_UUID);
        if (!FlatMember.blank(rowEgo) && !rowEgo.equals(ego)) {
            throw BadInput.of(where, "exchange.bad.otherEgo", EGO_UUID, rowEgo, EGO, ego);
        }
        return values;
    }

    /** A file of the archive: its name there (without folders) and its bytes. */
    private record Unpacked(String name, byte[] content) {}

    /**
     * What a file of the archive is, by its name: {@link #EGO}, {@link #ALTERS} or {@link #EDGES} for our plain names
     * and for Network Canvas' {@code …_ego.csv}, {@code …_attributeList_<type>.csv} and {@code
     * …_edgeList_<type>.csv}; null for any other file.
     */
    static String roleOf(String name) {
        if (List.of(EGO, ALTERS, EDGES).contains(name)) {
            return name;
        }
        if (!name.endsWith(".csv")) {
            return null;
        }
        if (name.contains("_attributeList_")) { // before the ego: a node type may be called "ego"
            return ALTERS;
        }
        if (name.contains("_edgeList_")) {
            return EDGES;
        }
        return name.endsWith("_" + EGO) ? EGO : null;
    }

    /** The three files by their role, read within {@link BoundedZip}'s limits. */
    private static Map<String, Unpacked> unpack(byte[] archive) throws BadInput {
        Map<String, Unpacked> files = new HashMap<>();
        for (BoundedZip.Entry entry : BoundedZip.unpack(
                archive,
                MOST_ENTRIES,
                BoundedZip.TOO_MANY_FOR_A_MAP,
                path -> roleOf(path.substring(path.lastIndexOf('/') + 1)) != null)) {
            String name = entry.name();
            String role = roleOf(name);
            if (files.containsKey(role)) {
                throw name.equals(files.get(role).name())
                        ? BadInput.of("ZIP", "exchange.bad.fileTwice", name)
                        : BadInput.of(
                                "ZIP",
                                "exchange.bad.sameRole",
                                name,
                                files.get(role).name(),
                                role);
            }
            files.put(role, new Unpacked(name, entry.content()));
        }
        return files;
    }
}
