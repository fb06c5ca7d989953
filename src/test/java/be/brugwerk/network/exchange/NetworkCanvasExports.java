package be.brugwerk.network.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Network Canvas exports built to the exporter's published format (complexdatacollective/network-canvas-monorepo,
 * packages/network-exporters: CSV files named {@code <case>_<session>_<part>.csv} with CRLF lines, a cell with a comma
 * or quote quoted, a text cell starting with = + - @ led by a single quote; GraphML with {@code nc:} graph attributes,
 * the ego's data on the graph, {@code networkCanvasUUID}/{@code networkCanvasType} on every node and edge, and a layout
 * variable as two keys {@code <name>_X}, {@code <name>_Y} where the CSV files have {@code <name>_x}, {@code <name>_y}).
 *
 * <p>Two interviews: case {@code jan} (three people, one place; edge types {@code family}, {@code knows} and
 * {@code visits}; An and Bob are family and know each other) and case {@code mia} (two people who know each other). The
 * GraphML also has an edge from Bob to himself, as the simulated data of Network Canvas' tutorial has such edges.
 */
public final class NetworkCanvasExports {

    public static final String JAN_SESSION = "8a5e0c3e-2f44-4c1b-9d3e-0b6a1f1e7a01";
    public static final String MIA_SESSION = "3c9d6b21-77b0-4e55-a0c2-5f1f0d9b2e02";
    static final String EGO_HEADER = "networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,"
            + "networkCanvasProtocolName,sessionStart,sessionFinish,sessionExported,APP_VERSION,COMMIT_HASH,age,"
            + "lives_alone";
    static final String PERSON_HEADER = "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,contact_freq,closeness,"
            + "emotional_support,Cords_x,Cords_y,remark";
    static final String EDGE_HEADER = "edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,"
            + "networkCanvasSourceUUID,networkCanvasTargetUUID";

    private NetworkCanvasExports() {}

    /** The CSV export's files by name. */
    public static Map<String, String> csvFiles() {
        Map<String, String> files = new TreeMap<>();
        String jan = "jan_" + JAN_SESSION + "_";
        files.put(
                jan + "ego.csv",
                lines(
                        EGO_HEADER,
                        "ego-jan,jan," + JAN_SESSION
                                + ",Inclusieweb study,2026-01-10T09:00:00.000Z,2026-01-10T10:15:00.000Z,"
                                + "2026-02-01T12:00:00.000Z,6.5.2,4f1e2d,67,true"));
        files.put(
                jan + "attributeList_Person.csv",
                lines(
                        PERSON_HEADER,
                        "1,ego-jan,node-an,\"Vermeulen, An\",Daily,close,true,0.5,0.1,\"zus, woont in Gent\"",
                        "2,ego-jan,node-bob,'-Bob,Weekly,close,false,0.9,0.5,",
                        "3,ego-jan,node-zus,'=Zus,Monthly,far,true,0.1,0.5,'@mention"));
        files.put(
                jan + "attributeList_Place.csv",
                lines(
                        "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,kind",
                        "4,ego-jan,node-cafe,Café Zonne,cafe"));
        files.put(jan + "edgeList_family.csv", lines(EDGE_HEADER, "1,1,2,ego-jan,edge-f1,node-an,node-bob"));
        files.put(
                jan + "edgeList_knows.csv",
                lines(
                        EDGE_HEADER + ",since",
                        "2,1,2,ego-jan,edge-k1,node-an,node-bob,2010",
                        "3,2,3,ego-jan,edge-k2,node-bob,node-zus,"));
        files.put(jan + "edgeList_visits.csv", lines(EDGE_HEADER, "4,1,4,ego-jan,edge-v1,node-an,node-cafe"));
        String mia = "mia_" + MIA_SESSION + "_";
        files.put(
                mia + "ego.csv",
                lines(
                        EGO_HEADER,
                        "ego-mia,mia," + MIA_SESSION + ",Inclusieweb study,2026-01-12T14:00:00.000Z,,"
                                + "2026-02-01T12:00:00.000Z,6.5.2,4f1e2d,34,false"));
        files.put(
                mia + "attributeList_Person.csv",
                lines(
                        PERSON_HEADER,
                        "1,ego-mia,node-mo,Mo,Daily,close,true,0.3,0.3,",
                        "2,ego-mia,node-lea,Lea,Weekly,far,false,0.7,0.7,"));
        files.put(
                mia + "edgeList_knows.csv",
                lines(EDGE_HEADER + ",since", "1,1,2,ego-mia,edge-m1,node-mo,node-lea,2019"));
        return files;
    }

    /** The CSV export as the ZIP Network Canvas writes. */
    public static byte[] csvZip() {
        return zip(csvFiles());
    }

    public static byte[] zip(Map<String, String> files) {
        try {
            return ZipFiles.zip(files);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /** The mapping a study of these interviews uses, as parameters. */
    public static Map<String, String> studyMapping() {
        return Map.of(
                "frequency",
                "contact_freq",
                "frequencyValues",
                "Daily=DAILY;Weekly=WEEKLY;Monthly=MONTHLY",
                "ring",
                "closeness",
                "ringValues",
                "close=INNER; far=OUTER",
                "support.AFFECTIVE",
                "emotional_support",
                "layout",
                "Cords");
    }

    /** The same two interviews as Network Canvas GraphML (networks unified: one graph per interview). */
    public static byte[] graphml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" \
                xmlns:nc="http://schema.networkcanvas.com/xmlns">
                  <key id="label" attr.name="label" attr.type="string" for="all"/>
                  <key id="networkCanvasUUID" attr.name="networkCanvasUUID" attr.type="string" for="all"/>
                  <key id="networkCanvasType" attr.name="networkCanvasType" attr.type="string" for="all"/>
                  <key id="networkCanvasSourceUUID" attr.name="networkCanvasSourceUUID" attr.type="string" for="edge"/>
                  <key id="networkCanvasTargetUUID" attr.name="networkCanvasTargetUUID" attr.type="string" for="edge"/>
                  <key id="v1" attr.name="age" attr.type="int" for="graph"/>
                  <key id="v2" attr.name="name" attr.type="string" for="node"/>
                  <key id="v3" attr.name="contact_freq" attr.type="string" for="node"/>
                  <key id="v4" attr.name="closeness" attr.type="string" for="node"/>
                  <key id="v5_Y" attr.name="Cords_Y" attr.type="double" for="node"/>
                  <key id="v5_X" attr.name="Cords_X" attr.type="double" for="node"/>
                  <key id="v7" attr.name="since" attr.type="int" for="edge"/>
                  <graph edgedefault="undirected" nc:caseId="jan" nc:sessionUUID="%s" \
                nc:protocolName="Inclusieweb study" nc:sessionExportTime="2026-02-01T12:00:00.000Z" \
                nc:sessionStartTime="2026-01-10T09:00:00.000Z" nc:sessionFinishTime="2026-01-10T10:15:00.000Z">
                    <data key="networkCanvasUUID">ego-jan</data>
                    <data key="v1">67</data>
                    <node id="1"><data key="networkCanvasUUID">node-an</data><data key="networkCanvasType">Person</data>\
                <data key="label">Vermeulen, An</data><data key="v2">Vermeulen, An</data><data key="v3">Daily</data>\
                <data key="v4">close</data><data key="v5_X">0.5</data><data key="v5_Y">0.1</data></node>
                    <node id="2"><data key="networkCanvasUUID">node-bob</data><data key="networkCanvasType">Person</data>\
                <data key="label">Bob &amp; co</data><data key="v2">Bob &amp; co</data><data key="v3">Weekly</data>\
                <data key="v4">close</data></node>
                    <node id="3"><data key="networkCanvasUUID">node-cafe</data><data key="networkCanvasType">Place</data>\
                <data key="label">Café Zonne</data><data key="v2">Café Zonne</data></node>
                    <edge id="1" source="1" target="2"><data key="networkCanvasUUID">edge-f1</data>\
                <data key="networkCanvasType">family</data><data key="networkCanvasSourceUUID">node-an</data>\
                <data key="networkCanvasTargetUUID">node-bob</data></edge>
                    <edge id="2" source="2" target="1"><data key="networkCanvasUUID">edge-k1</data>\
                <data key="networkCanvasType">knows</data><data key="networkCanvasSourceUUID">node-bob</data>\
                <data key="networkCanvasTargetUUID">node-an</data><data key="v7">2010</data></edge>
                    <edge id="3" source="1" target="3"><data key="networkCanvasUUID">edge-v1</data>\
                <data key="networkCanvasType">visits</data><data key="networkCanvasSourceUUID">node-an</data>\
                <data key="networkCanvasTargetUUID">node-cafe</data></edge>
                    <edge id="4" source="2" target="2"><data key="networkCanvasUUID">edge-k9</data>\
                <data key="networkCanvasType">knows</data><data key="networkCanvasSourceUUID">node-bob</data>\
                <data key="networkCanvasTargetUUID">node-bob</data></edge>
                  </graph>
                  <graph edgedefault="undirected" nc:caseId="mia" nc:sessionUUID="%s" \
                nc:protocolName="Inclusieweb study" nc:sessionExportTime="2026-02-01T12:00:00.000Z">
                    <data key="networkCanvasUUID">ego-mia</data>
                    <node id="1"><data key="networkCanvasUUID">node-mo</data><data key="networkCanvasType">Person</data>\
                <data key="v2">Mo</data></node>
                  </graph>
                </graphml>
                """.formatted(JAN_SESSION, MIA_SESSION).getBytes(StandardCharsets.UTF_8);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
