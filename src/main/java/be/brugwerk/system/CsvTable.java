package be.brugwerk.system;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV read and written as RFC 4180 says (comma-separated, CRLF, a cell with a double quote, comma, CR or LF quoted and
 * its quotes doubled), with a text cell starting with {@code = + - @ TAB CR} led by {@code '} so that a spreadsheet
 * never runs it as a formula. Read strictly: UTF-8 text (a byte that is not, as a spreadsheet's Windows-1252 "é" writes
 * it, is a fault rather than a replacement character stored in a name), a header row, then rows with exactly as many
 * cells; a UTF-8 byte order mark is skipped, blank lines are left out; the first fault ends the read with a {@link Malformed} naming the line.
 * Every CSV file Brugwerk reads goes through here (network map files, imported needs, De Sociale Kaart's providers;
 * the imports' shared rules in {@link CsvImport}).
 */
public final class CsvTable {

    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    /** A row's cells by column name, and the line of the file it starts on. */
    public record Row(int line, Map<String, String> cells) {}

    /** The header's column names, in order, and the rows below it. */
    public record Table(List<String> header, List<Row> rows) {}

    /** What is wrong with a file that is no strict CSV. */
    public enum Fault {
        /** A quoted cell runs to the end of the file. */
        QUOTE_NOT_CLOSED,
        /** Text follows a quoted cell's closing quote. */
        TEXT_AFTER_QUOTE,
        /** A quote stands inside a cell that is not quoted. */
        QUOTE_IN_CELL,
        /** The file has no header row. */
        NO_HEADER,
        /** A column is named twice; its argument is the name. */
        COLUMN_TWICE,
        /** A row has another number of cells than the header; its arguments are both numbers. */
        CELL_COUNT,
        /** The file is not UTF-8 text: the line holds a byte that UTF-8 does not allow there. */
        NOT_UTF8
    }

    /** A file that is no strict CSV: the line at fault, what is wrong, and an English sentence of it as message. */
    public static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final Fault fault;
        private final transient Object[] arguments;

        Malformed(int line, Fault fault, String problem, Object... arguments) {
            super(problem);
            this.line = line;
            this.fault = fault;
            this.arguments = arguments.clone();
        }

        public int line() {
            return line;
        }

        public Fault fault() {
            return fault;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private CsvTable() {}

    /** A cell as written: guarded against formulas, quoted when it must be. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains("\"") || safe.contains(",") || safe.contains("\r") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }

    /** A row as written, ending in CRLF. */
    public static String row(List<String> cells) {
        return String.join(",", cells.stream().map(CsvTable::cell).toList()) + "\r\n";
    }

    /** A text cell as it was before the formula guard. */
    public static String unguarded(String value) {
        return value != null
                        && value.length() > 1
                        && value.charAt(0) == '\''
                        && FORMULA_TRIGGERS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    /**
     * The rows of {@code content} (UTF-8), each by the header's column names.
     *
     * @throws Malformed naming the line when the CSV is malformed or a column is named twice
     */
    public static List<Row> read(byte[] content) throws Malformed {
        return table(content).rows();
    }

    /** As {@link #read}, with the header, so that a file without rows still names its columns. */
    public static Table table(byte[] content) throws Malformed {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        boolean quotedCell = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty() && !quotedCell) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new Malformed(quoteLine, Fault.QUOTE_NOT_CLOSED, "a quoted cell is not closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    cell.append(q);
                    i++;
                }
                quotedCell = true;
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    throw new Malformed(line, Fault.TEXT_AFTER_QUOTE, "text after a quoted cell's closing quote");
                }
                continue;
            }
            if (c == '"') {
                throw new Malformed(line, Fault.QUOTE_IN_CELL, "a quote inside an unquoted cell");
            }
            if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                quotedCell = false;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                quotedCell = false;
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                continue;
            }
            cell.append(c);
            i++;
        }
        if (!cell.isEmpty() || !record.isEmpty() || quotedCell) {
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
        return table(records, lines);
    }

    /** The text of {@code content}, refused at the line of the first byte that is not UTF-8. */
    private static String utf8(byte[] content) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never needs more chars than bytes
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(lineAt(content, in.position()), Fault.NOT_UTF8, "the file is not UTF-8 text");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The line {@code offset} lies on, counting line breaks as the reader does (CRLF, CR or LF). */
    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static Table table(List<List<String>> records, List<Integer> lines) throws Malformed {
        if (records.isEmpty()
                || records.get(0).size() == 1 && records.get(0).get(0).isBlank()) {
            throw new Malformed(1, Fault.NO_HEADER, "a header row is required");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int column = 0; column < header.size(); column++) {
            if (header.indexOf(header.get(column)) != column) {
                throw new Malformed(
                        lines.get(0),
                        Fault.COLUMN_TWICE,
                        "column \"" + header.get(column) + "\" appears more than once",
                        header.get(column));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (cells.size() != header.size()) {
                throw new Malformed(
                        lines.get(r),
                        Fault.CELL_COUNT,
                        cells.size() + " cells, but the header has " + header.size() + " columns",
                        cells.size(),
                        header.size());
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                byName.put(header.get(column), cells.get(column));
            }
            rows.add(new Row(lines.get(r), byName));
        }
        return new Table(header, List.copyOf(rows));
    }
}
