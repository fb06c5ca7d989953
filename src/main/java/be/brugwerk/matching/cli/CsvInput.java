package be.brugwerk.matching.cli;

import be.brugwerk.matching.engine.BMatchingProblem;
import be.brugwerk.matching.engine.MatchingNode;
import be.brugwerk.matching.engine.ScoredEdge;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code left,right,score[,leftCapacity,rightCapacity]} lines, with an optional header (a first line
 * whose score is not a number). Ids are strings (no quoting); capacities default to 1 and may be stated on
 * any line of a node, but never differently on two lines.
 */
final class CsvInput {

    /** The problem read, and whether every score was an integer. */
    record Parsed(BMatchingProblem problem, boolean integerScores) {}

    private record Stated(int capacity, int line) {}

    private CsvInput() {}

    static Parsed read(BufferedReader reader) throws IOException, BadInput {
        Map<String, Stated> leftCapacities = new LinkedHashMap<>();
        Map<String, Stated> rightCapacities = new LinkedHashMap<>();
        Map<List<String>, Integer> edgeLines = new HashMap<>();
        List<ScoredEdge> edges = new ArrayList<>();
        boolean integerScores = true;
        boolean firstContentLine = true;
        InputLines lines = new InputLines(reader);
        for (String line = lines.next(); line != null; line = lines.next()) {
            int lineNumber = lines.number();
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].trim();
            }
            boolean header = firstContentLine && fields.length >= 3 && !parses(fields[2]);
            firstContentLine = false;
            if (header) {
                continue;
            }
            if (fields.length != 3 && fields.length != 5) {
                throw BadInput.atLine(
                        lineNumber,
                        "expected left,right,score or left,right,score,leftCapacity,rightCapacity, found "
                                + fields.length + " field" + (fields.length == 1 ? "" : "s"));
            }
            String left = fields[0];
            String right = fields[1];
            if (left.isEmpty() || right.isEmpty()) {
                throw BadInput.atLine(lineNumber, "the " + (left.isEmpty() ? "left" : "right") + " id is empty");
            }
            double score = score(fields[2], lineNumber);
            integerScores &= score == Math.rint(score);
            Integer earlier = edgeLines.putIfAbsent(List.of(left, right), lineNumber);
            if (earlier != null) {
                throw BadInput.atLine(
                        lineNumber, "the pair " + left + "," + right + " was already given on line " + earlier);
            }
            if (fields.length == 5) {
                state(leftCapacities, "left", left, capacity(fields[3], "left", lineNumber), lineNumber);
                state(rightCapacities, "right", right, capacity(fields[4], "right", lineNumber), lineNumber);
            } else {
                leftCapacities.putIfAbsent(left, null);
                rightCapacities.putIfAbsent(right, null);
            }
            edges.add(new ScoredEdge(left, right, score));
        }
        return new Parsed(new BMatchingProblem(nodes(leftCapacities), nodes(rightCapacities), edges), integerScores);
    }

    private static boolean parses(String field) {
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isNumber(String field) {
        try {
            return Double.isFinite(Double.parseDouble(field));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static double score(String field, int line) throws BadInput {
        if (!isNumber(field)) {
            throw BadInput.atLine(line, "the score '" + field + "' is not a finite number");
        }
        return Double.parseDouble(field);
    }

    private static int capacity(String field, String side, int line) throws BadInput {
        try {
            int capacity = Integer.parseInt(field);
            if (capacity >= 1) {
                return capacity;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below with the same message as a capacity below 1
        }
        throw BadInput.atLine(line, "the " + side + " capacity '" + field + "' is not a whole number of at least 1");
    }

    private static void state(Map<String, Stated> capacities, String side, String id, int capacity, int line)
            throws BadInput {
        Stated earlier = capacities.get(id);
        if (earlier != null && earlier.capacity() != capacity) {
            throw BadInput.atLine(
                    line,
                    "the " + side + " node " + id + " has capacity " + capacity + " here but " + earlier.capacity()
                            + " on line " + earlier.line());
        }
        if (earlier == null) {
            capacities.put(id, new Stated(capacity, line));
        }
    }

    private static List<MatchingNode> nodes(Map<String, Stated> capacities) {
        List<MatchingNode> nodes = new ArrayList<>(capacities.size());
        capacities.forEach((id, stated) -> nodes.add(new MatchingNode(id, stated == null ? 1 : stated.capacity())));
        return nodes;
    }
}
