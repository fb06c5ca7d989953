package be.brugwerk.matching.cli;

import be.brugwerk.matching.engine.AssignmentProblem;
import be.brugwerk.matching.engine.AssignmentResult;
import be.brugwerk.matching.engine.BMatchingResult;
import be.brugwerk.matching.engine.CostScalingAssignment;
import be.brugwerk.matching.engine.MinCostFlowBMatching;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code match [--format csv|dense|sparse] <file>}: solves a maximum-weight b-matching (CSV) or a
 * minimum-cost perfect assignment (OR-Library) and prints {@code {"objective": ..., "pairs": [...]}} as the
 * only thing on standard output. Exit codes: 0 solved, 1 no perfect assignment exists, 2 bad arguments or
 * input (one line on standard error naming the line at fault). Formats: docs/matching-cli.md.
 */
public final class MatchCommand {

    static final int SOLVED = 0;
    static final int NO_PERFECT_ASSIGNMENT = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: match [--format csv|dense|sparse] <file>";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The JSON result; objective and ids are Long/Double and String/Integer so they print as the input had them. */
    record Output(Number objective, List<Pair> pairs) {}

    record Pair(Object left, Object right) {}

    private MatchCommand() {}

    /** Runs the command with messages on standard error; the entry point registered in Commands. */
    public static int run(String[] args, PrintStream result) {
        return run(args, result, System.err);
    }

    static int run(String[] args, PrintStream result, PrintStream log) {
        try {
            Arguments arguments = Arguments.parse(args);
            InputFormat format = arguments.format() != null ? arguments.format() : detect(arguments.file());
            long started = System.nanoTime();
            Output output;
            String solved;
            try (BufferedReader reader = Files.newBufferedReader(arguments.file(), StandardCharsets.UTF_8)) {
                if (format == InputFormat.CSV) {
                    output = bMatching(CsvInput.read(reader));
                    solved = "b-matching";
                } else {
                    AssignmentProblem problem = OrLibraryInput.read(reader, arguments.format());
                    AssignmentResult assignment = new CostScalingAssignment().solve(problem);
                    solved = (problem.isDense() ? "dense" : "sparse") + " assignment of size " + problem.size();
                    if (!assignment.perfectAssignmentExists()) {
                        log.println("no perfect assignment exists: some of the " + problem.size()
                                + " rows cannot each get their own column");
                        return NO_PERFECT_ASSIGNMENT;
                    }
                    output = new Output(
                            assignment.totalCost(),
                            assignment.pairs().stream()
                                    .map(pair -> new Pair(pair.left() + 1, pair.right() + 1))
                                    .toList());
                }
            }
            result.println(JSON.writeValueAsString(output));
            log.printf(
                    "match: %s, %d pairs, read and solved in %d ms%n",
                    solved, output.pairs().size(), (System.nanoTime() - started) / 1_000_000);
            return SOLVED;
        } catch (BadInput bad) {
            log.println(bad.getMessage());
            return BAD_INPUT;
        } catch (IOException unreadable) {
            log.println("cannot read the file: " + unreadable);
            return BAD_INPUT;
        } catch (IllegalArgumentException | ArithmeticException unusable) {
            log.println("cannot solve this input: " + unusable.getMessage());
            return BAD_INPUT;
        }
    }

    private static Output bMatching(CsvInput.Parsed parsed) {
        BMatchingResult matching = new MinCostFlowBMatching().solve(parsed.problem());
        Number objective =
                parsed.integerScores() ? (Number) Math.round(matching.totalScore()) : (Number) matching.totalScore();
        return new Output(
                objective,
                matching.pairs().stream()
                        .map(edge -> new Pair(edge.left(), edge.right()))
                        .toList());
    }

    /** CSV when a non-empty line holds a comma, else OR-Library. */
    private static InputFormat detect(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.indexOf(',') >= 0) {
                    return InputFormat.CSV;
                }
            }
        }
        return InputFormat.DENSE;
    }

    private record Arguments(InputFormat format, Path file) {

        static Arguments parse(String[] args) throws BadInput {
            InputFormat format = null;
            Path file = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--format")) {
                    if (i + 1 == args.length) {
                        throw new BadInput("--format needs a value; " + USAGE);
                    }
                    format = InputFormat.named(args[++i]);
                } else if (args[i].startsWith("--format=")) {
                    format = InputFormat.named(args[i].substring("--format=".length()));
                } else if (args[i].startsWith("-")) {
                    throw new BadInput("unknown option " + args[i] + "; " + USAGE);
                } else if (file == null) {
                    file = Path.of(args[i]);
                } else {
                    throw new BadInput("more than one file given; " + USAGE);
                }
            }
            if (file == null) {
                throw new BadInput("no file given; " + USAGE);
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInput("no such file: " + file);
            }
            return new Arguments(format, file);
        }
    }
}
