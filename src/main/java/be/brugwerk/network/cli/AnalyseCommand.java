package be.brugwerk.network.cli;

import be.brugwerk.network.analysis.InvalidNetworkMap;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.SignalTexts;
import be.brugwerk.network.analysis.SocialGraph;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.network.exchange.GraphmlDocument;
import be.brugwerk.network.exchange.GraphmlMapFormat;
import be.brugwerk.network.exchange.JsonMapFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code analyse --ego <node-id> <file>}: analyses one network map and prints the analysis as one JSON
 * object on standard output, with the signals' English texts.
 *
 * <p>The file is GraphML when its first non-blank character is {@code <}, else Brugwerk's JSON map format
 * (docs/network-map-format.md). From a GraphML graph the ego network of {@code --ego} is taken: its
 * neighbours as members, the edges among them as ties; a map Brugwerk exported as GraphML is read whole instead,
 * as its JSON would be. For a JSON map {@code --ego} may be left out; when
 * given it must name the map's participant. Bad input (missing arguments or file, a file over 50 MB,
 * malformed XML or JSON, an unknown ego, an edge or tie to an unknown node, an unknown value) exits with 2
 * and one line on standard error naming the line or element at fault. Starts no Spring context and no
 * database.
 */
public final class AnalyseCommand {

    static final int SUCCESS = 0;
    static final int BAD_INPUT = 2;
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final String USAGE = "usage: analyse --ego <node-id> <file>";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private record Arguments(Optional<String> ego, Path file) {}

    private AnalyseCommand() {}

    /** Runs the command with {@code args} (without the command name); the analysis goes to {@code result}. */
    public static int run(String[] args, PrintStream result) {
        return run(args, result, System.err);
    }

    static int run(String[] args, PrintStream result, PrintStream errors) {
        try {
            Arguments arguments = parse(args);
            String json = analyse(read(arguments.file()), arguments.ego(), Locale.ENGLISH);
            result.write((json + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            result.flush();
            return SUCCESS;
        } catch (BadInput | InvalidNetworkMap bad) {
            errors.println("analyse: " + bad.getMessage().replaceAll("\\s+", " "));
            return BAD_INPUT;
        } catch (IOException unreadable) {
            errors.println("analyse: cannot read the file: "
                    + String.valueOf(unreadable.getMessage()).replaceAll("\\s+", " "));
            return BAD_INPUT;
        }
    }

    /**
     * The analysis of a map file's content (GraphML or our JSON), as one JSON object with the signals' texts in
     * the given language. The command line and {@code POST /api/v1/analysis} both answer with exactly this.
     *
     * @throws BadInput naming the line or element at fault
     */
    public static String analyse(byte[] content, Optional<String> ego, Locale language) throws BadInput {
        if (content.length > MAX_BYTES) {
            throw new BadInput("the map is over " + MAX_BYTES / (1024 * 1024) + " MB; larger maps are refused");
        }
        boolean graphml = firstMeaningfulByte(content) == '<';
        try {
            NetworkMap map = graphml
                    ? graphmlMap(GraphmlDocument.parse(content), ego)
                    : JsonMapFormat.read(content).toEngine();
            if (!graphml && ego.isPresent() && !ego.get().equals(map.participant())) {
                throw new BadInput(
                        "--ego " + ego.get() + " is not the participant of this map (" + map.participant() + ")");
            }
            NetworkAnalysis analysis = new NetworkAnalyser().analyse(map);
            return AnalysisJson.write(analysis, graphml ? "graphml" : "json", SignalTexts.in(language));
        } catch (InvalidNetworkMap invalid) {
            throw new BadInput(invalid.getMessage());
        }
    }

    /** An analysis as the command prints it, for a map kept by Brugwerk itself. */
    public static String json(NetworkAnalysis analysis, Locale language) {
        return AnalysisJson.write(analysis, "brugwerk", SignalTexts.in(language));
    }

    private static Arguments parse(String[] args) throws BadInput {
        String ego = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--ego")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new BadInput("--ego needs a node id; " + USAGE);
                }
                ego = args[++i];
            } else if (args[i].startsWith("-") && !args[i].equals("-")) {
                throw new BadInput("unknown option " + args[i] + "; " + USAGE);
            } else if (file == null) {
                file = args[i];
            } else {
                throw new BadInput("more than one file given (" + file + ", " + args[i] + "); " + USAGE);
            }
        }
        if (file == null) {
            throw new BadInput("missing <file>; " + USAGE);
        }
        try {
            return new Arguments(Optional.ofNullable(ego), Path.of(file));
        } catch (InvalidPathException invalid) {
            throw new BadInput("not a file name: " + file);
        }
    }

    private static byte[] read(Path file) throws BadInput, IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInput(file + " is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInput(file + " is " + size / (1024 * 1024) + " MB; files over " + MAX_BYTES / (1024 * 1024)
                        + " MB are refused");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new BadInput("file not found: " + file);
        }
    }

    /**
     * A map Brugwerk exported as GraphML (a node with {@code role = participant}) is read whole, relationships and
     * all, when {@code --ego} is left out or names that participant; any other GraphML is a bare graph.
     */
    private static NetworkMap graphmlMap(GraphmlDocument document, Optional<String> ego) throws BadInput {
        Optional<String> participant = GraphmlMapFormat.participantOf(document);
        if (participant.isPresent() && ego.map(participant.get()::equals).orElse(true)) {
            return GraphmlMapFormat.read(document).toEngine();
        }
        return egoMapOf(GraphmlReader.read(document), ego);
    }

    private static NetworkMap egoMapOf(SocialGraph graph, Optional<String> ego) throws BadInput {
        if (ego.isEmpty()) {
            throw new BadInput("--ego is required for GraphML input; " + USAGE);
        }
        if (!graph.contains(ego.get())) {
            throw new BadInput(
                    "--ego " + ego.get() + ": no node with this id in the graph (" + graph.nodes() + " nodes)");
        }
        return graph.egoMap(ego.get());
    }

    /** The first byte after a UTF-8 byte order mark and whitespace, or -1 for a blank file. */
    private static int firstMeaningfulByte(byte[] content) {
        int start = content.length >= UTF8_BOM.length
                        && Arrays.equals(content, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length)
                ? UTF8_BOM.length
                : 0;
        for (int i = start; i < content.length; i++) {
            if (!Character.isWhitespace(content[i])) {
                return content[i];
            }
        }
        return -1;
    }
}
