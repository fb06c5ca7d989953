package be.brugwerk.matching.cli;

import be.brugwerk.matching.engine.AssignmentArc;
import be.brugwerk.matching.engine.AssignmentProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an assignment problem in the OR-Library form (Beasley's assignp*.txt): whitespace-separated
 * integers, first n, then either n &times; n costs row by row over any number of lines (dense) or lines
 * {@code i j cost} with 1 &le; i, j &le; n (sparse). Read in one pass: while every line after the first is
 * a valid {@code i j cost} line the arcs are kept as sparse, and all numbers are kept as dense costs until
 * there are more than n &times; n of them.
 */
final class OrLibraryInput {

    private OrLibraryInput() {}

    /** Reads the file in the given form, or detects it when {@code forced} is null. */
    static AssignmentProblem read(BufferedReader reader, InputFormat forced) throws IOException, BadInput {
        InputLines lines = new InputLines(reader);
        String[] firstTokens = null;
        while (firstTokens == null) {
            String line = lines.next();
            if (line == null) {
                throw new BadInput("the file is empty; expected the problem size n followed by its costs");
            }
            if (!line.isBlank()) {
                firstTokens = line.trim().split("\\s+");
            }
        }
        int firstLine = lines.number();
        int size = size(firstTokens[0], firstLine);
        long denseCount = (long) size * size;

        DenseCosts dense = new DenseCosts(denseCount);
        for (int t = 1; t < firstTokens.length; t++) {
            dense.add(integer(firstTokens[t], firstLine), firstLine);
        }
        boolean sparsePossible = forced != InputFormat.DENSE && firstTokens.length == 1;
        String notSparseBecause = sparsePossible ? null : "line " + firstLine + " holds more than n";
        List<AssignmentArc> arcs = new ArrayList<>();
        Map<Long, Integer> arcLines = new HashMap<>();
        int lastContentLine = firstLine;

        for (String line = lines.next(); line != null; line = lines.next()) {
            int lineNumber = lines.number();
            if (line.isBlank()) {
                continue;
            }
            lastContentLine = lineNumber;
            String[] tokens = line.trim().split("\\s+");
            long[] values = new long[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                values[t] = integer(tokens[t], lineNumber);
            }
            if (sparsePossible) {
                String problem = sparseProblem(values, size);
                if (problem == null) {
                    int left = (int) values[0] - 1;
                    int right = (int) values[1] - 1;
                    Integer earlier = arcLines.putIfAbsent((long) left * size + right, lineNumber);
                    if (earlier != null) {
                        problem = "the arc " + values[0] + " " + values[1] + " was already given on line " + earlier;
                    } else {
                        arcs.add(new AssignmentArc(left, right, values[2]));
                    }
                }
                if (problem != null) {
                    if (forced == InputFormat.SPARSE) {
                        throw BadInput.atLine(lineNumber, problem);
                    }
                    sparsePossible = false;
                    notSparseBecause = "line " + lineNumber + ": " + problem;
                    arcs = null;
                }
            }
            if (forced != InputFormat.SPARSE) {
                for (long value : values) {
                    dense.add(value, lineNumber);
                }
            }
        }

        if (forced == InputFormat.SPARSE) {
            if (!sparsePossible) {
                throw new BadInput(notSparseBecause + "; the sparse form has n alone on its first line");
            }
            return AssignmentProblem.sparse(size, arcs);
        }
        if (forced == null && sparsePossible && lastContentLine > firstLine) {
            return AssignmentProblem.sparse(size, arcs);
        }
        if (dense.count() == denseCount) {
            return AssignmentProblem.dense(size, dense.costs());
        }
        String expected = "expected n x n = " + denseCount + " costs after n = " + size + " (dense form)";
        if (forced == null) {
            expected += " or only lines 'i j cost' with 1 <= i, j <= " + size + " (sparse form)";
        }
        if (dense.count() > denseCount) {
            throw BadInput.atLine(
                    dense.firstExtraLine(),
                    expected + ", but more costs follow from here"
                            + (forced == null && notSparseBecause != null
                                    ? " (not sparse: " + notSparseBecause + ")"
                                    : ""));
        }
        throw BadInput.atLine(
                lastContentLine,
                expected + ", found only " + dense.count() + " by the end of the file"
                        + (forced == null && notSparseBecause != null
                                ? " (not sparse: " + notSparseBecause + ")"
                                : ""));
    }

    /** Why the values are not a sparse arc line, or null when they are. */
    private static String sparseProblem(long[] values, int size) {
        if (values.length != 3) {
            return "expected 'i j cost', found " + values.length + " number" + (values.length == 1 ? "" : "s");
        }
        if (values[0] < 1 || values[0] > size || values[1] < 1 || values[1] > size) {
            return "the arc " + values[0] + " " + values[1] + " lies outside 1.." + size;
        }
        return null;
    }

    private static int size(String token, int line) throws BadInput {
        try {
            int size = Integer.parseInt(token);
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        throw BadInput.atLine(
                line, "expected the problem size n (a whole number of at least 0) first, found '" + token + "'");
    }

    private static long integer(String token, int line) throws BadInput {
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException notAnInteger) {
            throw BadInput.atLine(line, "expected a whole number, found '" + token + "'");
        }
    }

    /** Up to n x n costs in a growing array; counts, and remembers the line of, anything beyond. */
    private static final class DenseCosts {

        private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

        private final long capacity;
        private long[] costs = new long[16];
        private long count;
        private int firstExtraLine;

        DenseCosts(long capacity) {
            this.capacity = capacity;
        }

        void add(long cost, int line) {
            if (count < capacity) {
                if (count == costs.length) {
                    costs = Arrays.copyOf(costs, (int) Math.min(Math.min(capacity, 2L * costs.length), LARGEST_ARRAY));
                }
                costs[(int) count] = cost;
            } else if (count == capacity) {
                firstExtraLine = line;
            }
            count++;
        }

        long count() {
            return count;
        }

        int firstExtraLine() {
            return firstExtraLine;
        }

        long[] costs() {
            return count == costs.length ? costs : Arrays.copyOf(costs, (int) count);
        }
    }
}
