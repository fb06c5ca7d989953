package be.brugwerk.network.exchange;

import be.brugwerk.system.CsvTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The CSV export of Network Canvas (Interviewer, Fresco, Studio's exporter), as a ZIP or as loose files: per interview
 * {@code <case>_<session>_ego.csv}, {@code <case>_<session>_attributeList_<NodeType>.csv} and
 * {@code <case>_<session>_edgeList_<EdgeType>.csv}. Columns as the exporter writes them: the ego file's
 * {@code networkCanvasEgoUUID}, {@code networkCanvasCaseID}, {@code networkCanvasSessionID} and session times; a node
 * file's {@code nodeID}, {@code networkCanvasEgoUUID}, {@code networkCanvasUUID}; an edge file's {@code edgeID},
 * {@code from}, {@code to} (node ids), {@code networkCanvasSourceUUID}, {@code networkCanvasTargetUUID}; then the
 * study's variables (a categorical one as {@code <variable>_<option>} columns, a layout one as {@code <variable>_x},
 * {@code <variable>_y}). Other files (adjacency matrices) are left alone.
 *
 * <p>Read strictly, all or nothing: one ego row per interview, every edge between two nodes of its interview; a fault
 * names the file and line. Cells are text: a formula-looking cell (which the exporter leads with {@code '}) is data.
 * Unpacking is bounded as {@link NetworkCanvasZip} bounds it, with room for many interviews.
 */
public final class NetworkCanvasExportCsv {

    static final int MOST_ENTRIES = 2000;
    static final String CASE = "networkCanvasCaseID";
    static final String SESSION = "networkCanvasSessionID";
    static final String NODE_ID = "nodeID";
    static final String EDGE_ID = "edgeID";
    /** The columns the exporter writes for every ego, node and edge: not study data. */
    static final Set<String> BUILT_IN = Set.of(
            NetworkCanvasZip.EGO_UUID,
            NetworkCanvasZip.UUID_COLUMN,
            CASE,
            SESSION,
            "networkCanvasProtocolName",
            "sessionStart",
            "sessionFinish",
            "sessionExported",
            "APP_VERSION",
            "COMMIT_HASH",
            "appVersion",
            "commitHash",
            NODE_ID,
            EDGE_ID,
            "from",
            "to",
            NetworkCanvasZip.SOURCE,
            NetworkCanvasZip.TARGET);

    private static final Pattern EGO_FILE = Pattern.compile("(.*)_([^_]+)_ego\\.csv");
    private static final Pattern NODE_FILE = Pattern.compile("(.*)_([^_]+)_attributeList_(.+)\\.csv");
    private static final Pattern EDGE_FILE = Pattern.compile("(.*)_([^_]+)_edgeList_(.+)\\.csv");

    private NetworkCanvasExportCsv() {}

    /**
     * Whether {@code files} are a Network Canvas CSV export: they hold an ego file, and not one Brugwerk wrote. Our own
     * ZIP names its files as Network Canvas does (so that tools for its exports read it), but its ego row names
     * {@link NetworkCanvasZip#PROTOCOL} as protocol and its columns are ours: {@link NetworkCanvasZip} reads it.
     */
    static boolean recognises(Map<String, byte[]> files) throws BadInput {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = baseName(file.getKey());
            if (EGO_FILE.matcher(name).matches()) {
                return !writtenByBrugwerk(name, file.getValue());
            }
        }
        return false;
    }

    private static boolean writtenByBrugwerk(String name, byte[] egoFile) throws BadInput {
        List<CsvTable.Row> rows = Csv.read(name, egoFile);
        return rows.size() == 1
                && NetworkCanvasZip.PROTOCOL.equals(
                        Csv.unguarded(rows.get(0).cells().get("networkCanvasProtocolName")));
    }

    /** The interviews of a ZIP of the CSV export. */
    public static List<NetworkCanvasInterview> readZip(byte[] archive) throws BadInput {
        return read(unpack(archive));
    }

    /**
     * The interviews of the export's files (by file name; folders in the name are ignored), sorted by case id and
     * session.
     *
     * @throws BadInput naming the file and line at fault
     */
    public static List<NetworkCanvasInterview> read(Map<String, byte[]> files) throws BadInput {
        Map<String, String> egoFiles = new TreeMap<>();
        Map<String, Map<String, String>> nodeFiles = new HashMap<>();
        Map<String, Map<String, String>> edgeFiles = new HashMap<>();
        Map<String, byte[]> byName = new HashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = baseName(file.getKey());
            if (byName.put(name, file.getValue()) != null) {
                throw BadInput.of("ZIP", "exchange.bad.fileTwice", name);
            }
            Matcher node = NODE_FILE.matcher(name);
            Matcher edge = EDGE_FILE.matcher(name);
            Matcher ego = EGO_FILE.matcher(name);
            if (node.matches()) {
                nodeFiles.computeIfAbsent(node.group(2), s -> new TreeMap<>()).put(node.group(3), name);
            } else if (edge.matches()) {
                edgeFiles.computeIfAbsent(edge.group(2), s -> new TreeMap<>()).put(edge.group(3), name);
            } else if (ego.matches()) {
                egoFiles.put(ego.group(2), name);
            }
        }
        if (egoFiles.isEmpty()) {
            throw BadInput.of(null, "exchange.bad.noEgoFile");
        }
        for (String session : nodeFiles.keySet()) {
            if (!egoFiles.containsKey(session)) {
                throw BadInput.of(
                        nodeFiles.get(session).values().iterator().next(), "exchange.bad.sessionWithoutEgo", session);
            }
        }
        List<NetworkCanvasInterview> interviews = new ArrayList<>();
        for (Map.Entry<String, String> ego : egoFiles.entrySet()) {
            interviews.add(interview(
                    ego.getValue(),
                    byName,
                    nodeFiles.getOrDefault(ego.getKey(), Map.of()),
                    edgeFiles.getOrDefault(ego.getKey(), Map.of())));
        }
        interviews.sort((a, b) -> (a.caseId() + "\u0000" + a.session()).compareTo(b.caseId() + "\u0000" + b.session()));
        return interviews;
    }

    private static NetworkCanvasInterview interview(
            String egoFile, Map<String, byte[]> files, Map<String, String> nodeFiles, Map<String, String> edgeFiles)
            throws BadInput {
        List<CsvTable.Row> egoRows = Csv.read(egoFile, files.get(egoFile));
        if (egoRows.size() != 1) {
            throw BadInput.of(
                    egoFile + " line " + (egoRows.isEmpty() ? 2 : egoRows.get(1).line()),
                    "exchange.bad.egoRows",
                    String.valueOf(egoRows.size()));
        }
        CsvTable.Row egoRow = egoRows.get(0);
        Map<String, String> egoCells = unguarded(egoRow);
        String session = egoCells.get(SESSION);
        if (FlatMember.blank(session)) {
            throw BadInput.of(egoFile + " line " + egoRow.line(), "exchange.bad.required", SESSION);
        }
        String date = firstGiven(egoCells, "sessionFinish", "sessionStart", "sessionExported");
        Map<String, NetworkCanvasInterview.EntityType> nodeTypes = new LinkedHashMap<>();
        List<NetworkCanvasInterview.Node> nodes = new ArrayList<>();
        Map<String, String> uuidByNodeId = new HashMap<>();
        Set<String> uuids = new java.util.HashSet<>();
        for (Map.Entry<String, String> file : nodeFiles.entrySet()) {
            String type = file.getKey();
            List<CsvTable.Row> rows = Csv.read(file.getValue(), files.get(file.getValue()));
            nodeTypes.put(type, entityType(type, file.getValue(), files.get(file.getValue())));
            for (CsvTable.Row row : rows) {
                String where = file.getValue() + " line " + row.line();
                Map<String, String> cells = unguarded(row);
                String uuid = required(cells, NetworkCanvasZip.UUID_COLUMN, where);
                String nodeId = cells.getOrDefault(NODE_ID, uuid);
                if (uuidByNodeId.put(nodeId, uuid) != null) {
                    throw BadInput.of(where, "exchange.bad.idTwice", NODE_ID, nodeId);
                }
                if (!uuids.add(uuid)) {
                    throw BadInput.of(where, "exchange.bad.idTwice", NetworkCanvasZip.UUID_COLUMN, uuid);
                }
                nodes.add(new NetworkCanvasInterview.Node(where, type, uuid, variables(cells)));
            }
        }
        Map<String, NetworkCanvasInterview.EntityType> edgeTypes = new LinkedHashMap<>();
        List<NetworkCanvasInterview.Edge> edges = new ArrayList<>();
        for (Map.Entry<String, String> file : edgeFiles.entrySet()) {
            String type = file.getKey();
            List<CsvTable.Row> rows = Csv.read(file.getValue(), files.get(file.getValue()));
            edgeTypes.put(type, entityType(type, file.getValue(), files.get(file.getValue())));
            for (CsvTable.Row row : rows) {
                String where = file.getValue() + " line " + row.line();
                Map<String, String> cells = unguarded(row);
                edges.add(new NetworkCanvasInterview.Edge(
                        where,
                        type,
                        end(cells, NetworkCanvasZip.SOURCE, "from", uuids, uuidByNodeId, where),
                        end(cells, NetworkCanvasZip.TARGET, "to", uuids, uuidByNodeId, where)));
            }
        }
        return new NetworkCanvasInterview(
                egoCells.getOrDefault(CASE, ""),
                session,
                date,
                new NetworkCanvasInterview.Ego(egoFile + " line " + egoRow.line(), variables(egoCells)),
                nodeTypes,
                edgeTypes,
                nodes,
                edges);
    }

    /** An edge's end by its node UUID column, else by its node id column; refused when it names no node. */
    private static String end(
            Map<String, String> cells,
            String uuidColumn,
            String idColumn,
            Set<String> uuids,
            Map<String, String> uuidByNodeId,
            String where)
            throws BadInput {
        String uuid = cells.get(uuidColumn);
        String column = FlatMember.blank(uuid) ? idColumn : uuidColumn;
        String value = FlatMember.blank(uuid) ? cells.get(idColumn) : uuid;
        if (FlatMember.blank(value)) {
            throw BadInput.of(where, "exchange.bad.eitherRequired", uuidColumn, idColumn);
        }
        String node = uuidColumn.equals(column) ? (uuids.contains(value) ? value : null) : uuidByNodeId.get(value);
        if (node == null) {
            throw BadInput.of(where, "exchange.bad.unknownNode", column, value);
        }
        return node;
    }

    private static String required(Map<String, String> cells, String column, String where) throws BadInput {
        String value = cells.get(column);
        if (FlatMember.blank(value)) {
            throw BadInput.of(where, "exchange.bad.required", column);
        }
        return value;
    }

    private static String firstGiven(Map<String, String> cells, String... columns) {
        for (String column : columns) {
            if (!FlatMember.blank(cells.get(column))) {
                return cells.get(column);
            }
        }
        return null;
    }

    /** The node or edge type {@code type} as its file's header declares it; faults name the header line. */
    private static NetworkCanvasInterview.EntityType entityType(String type, String file, byte[] content)
            throws BadInput {
        return new NetworkCanvasInterview.EntityType(type, file + " line 1", variableColumns(content, file));
    }

    /**
     * The header's study columns, in file order, also when the file has no rows: its header line read twice makes a
     * file whose one row is keyed by the header.
     */
    private static List<String> variableColumns(byte[] content, String file) throws BadInput {
        String header =
                new String(content, StandardCharsets.UTF_8).lines().findFirst().orElse("") + "\r\n";
        List<CsvTable.Row> none = Csv.read(file, (header + header).getBytes(StandardCharsets.UTF_8));
        return none.get(0).cells().keySet().stream()
                .map(Csv::unguarded)
                .filter(c -> !BUILT_IN.contains(c))
                .toList();
    }

    private static Map<String, String> unguarded(CsvTable.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cells().forEach((column, value) -> cells.put(Csv.unguarded(column), Csv.unguarded(value)));
        return cells;
    }

    private static Map<String, String> variables(Map<String, String> cells) {
        Map<String, String> variables = new LinkedHashMap<>(cells);
        variables.keySet().removeAll(BUILT_IN);
        return variables;
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Loose files of a CSV export (as a browser uploads them) as one ZIP, as Network Canvas would have packed them,
     * for {@link NetworkCanvasExport#recognise}.
     */
    public static byte[] zipped(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException cannotHappen) {
            throw new IllegalStateException("writing a ZIP to memory failed", cannotHappen);
        }
        return bytes.toByteArray();
    }

    /** The CSV files of a ZIP by their path in it, read within {@link BoundedZip}'s limits. */
    static Map<String, byte[]> unpack(byte[] archive) throws BadInput {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (BoundedZip.Entry entry : BoundedZip.unpack(
                archive,
                MOST_ENTRIES,
                BoundedZip.TOO_MANY_ENTRIES,
                path -> path.toLowerCase(Locale.ROOT).endsWith(".csv"))) {
            files.put(entry.path(), entry.content());
        }
        return files;
    }
}
