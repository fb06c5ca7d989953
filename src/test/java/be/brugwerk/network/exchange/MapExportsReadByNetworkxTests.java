package be.brugwerk.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Required;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every export read by networkx as a researcher would (scripts/network_export_networkx.py: {@code read_graphml} as it
 * is, the Network Canvas CSV files joined by their {@code nodeID}/{@code from}/{@code to}), giving back the map's
 * participant, its members with their names and where they were drawn, and its ties with their strength and label. Skipped
 * without python3 and networkx, unless {@code BRUGWERK_REQUIRE_NETWORKX=true} (as {@code .ci/run} sets it).
 */
class MapExportsReadByNetworkxTests {

    static final String REQUIRING_VARIABLE = "BRUGWERK_REQUIRE_NETWORKX";
    static final Path SCRIPT = Path.of("scripts", "network_export_networkx.py").toAbsolutePath();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void networkxIsThere() {
        Required.availableOrSkip(
                REQUIRING_VARIABLE,
                run(List.of("python3", "-c", "import networkx")).exitCode() == 0,
                "python3 with networkx");
    }

    @ParameterizedTest
    @EnumSource(MapFormat.class)
    void networkxReadsTheMembersAndTiesOfTheExport(MapFormat format, @TempDir Path folder) throws IOException {
        MapFile map = MapFilesUnitTests.everyProperty();
        Path file = folder.resolve(format.fileName());
        Files.write(file, format.write(map, MapFilesUnitTests.NOW));

        Ran networkx =
                run(List.of("python3", SCRIPT.toString(), format.name().toLowerCase(Locale.ROOT), file.toString()));

        assertThat(networkx.exitCode()).as(networkx.error()).isZero();
        assertThat(JSON.readTree(networkx.output())).isEqualTo(asNetworkxSeesIt(map, format));
    }

    /**
     * The participant, the members by id with name and angle, and each tie's ends in order, as the script prints. In
     * the CSV files a text that a spreadsheet would run as a formula ({@code -Buurman}) is led by {@code '}, as Network
     * Canvas writes it, and a CSV reader sees it so.
     */
    private static JsonNode asNetworkxSeesIt(MapFile map, MapFormat format) {
        ObjectNode expected = JSON.createObjectNode();
        expected.put("participant", map.participant());
        ArrayNode members = expected.putArray("members");
        map.members().stream().sorted(Comparator.comparing(MapFile.Member::id)).forEach(m -> {
            ObjectNode member = members.addObject();
            member.put("id", m.id());
            member.put("name", asRead(m.name(), format));
            member.put("angle", m.angle());
        });
        ArrayNode ties = expected.putArray("ties");
        map.ties().stream()
                .map(OrderedTie::of)
                .sorted(Comparator.comparing(OrderedTie::first).thenComparing(OrderedTie::second))
                .forEach(t -> {
                    ObjectNode tie = ties.addObject();
                    tie.put("first", t.first());
                    tie.put("second", t.second());
                    tie.put("strength", t.strength());
                    tie.put("label", t.label() == null ? null : asRead(t.label(), format));
                });
        return expected;
    }

    private static String asRead(String text, MapFormat format) {
        return format == MapFormat.ZIP && text.matches("^[-=+@\t\r].*") ? "'" + text : text;
    }

    /** A tie with its two ends in order: networkx does not keep which end came first in an undirected graph. */
    private record OrderedTie(String first, String second, Integer strength, String label) {

        static OrderedTie of(MapFile.Tie tie) {
            return tie.first().compareTo(tie.second()) <= 0
                    ? new OrderedTie(tie.first(), tie.second(), tie.strength(), tie.label())
                    : new OrderedTie(tie.second(), tie.first(), tie.strength(), tie.label());
        }
    }

    private record Ran(int exitCode, String output, String error) {}

    private static Ran run(List<String> command) {
        try {
            Path error = Files.createTempFile("networkx", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectError(error.toFile())
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return new Ran(-1, output, "did not end");
                }
                return new Ran(process.exitValue(), output, Files.readString(error));
            } finally {
                Files.deleteIfExists(error);
            }
        } catch (IOException notStarted) {
            return new Ran(-1, "", String.valueOf(notStarted.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Ran(-1, "", "interrupted");
        }
    }
}
