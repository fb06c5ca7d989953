package be.brugwerk.network.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV as Network Canvas writes it (RFC 4180: comma-separated, CRLF, a cell with a double quote, comma, CR or LF
 * quoted and its quotes doubled; a text cell starting with {@code = + - @ TAB CR} led by {@code '} so that a
 * spreadsheet never runs it as a formula). Read strictly: a header row, then rows with exactly as many cells; a UTF-8
 * byte order mark is skipped; faults name the file and the line the row starts on.
 */
final class Csv {

    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    /** A row's cells by column name, and the line it starts on. */
    record Row(int line, Map<String, String> cells) {}

    private Csv() {}

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains("\"") || safe.contains(",") || safe.contains("\r") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }

    static String row(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::cell).toList()) + "\r\n";
    }

    /** A text cell as it was before the formula guard. */
    static String unguarded(String value) {
        return value != null
                        && value.length() > 1
                        && value.charAt(0) == '\''
                        && FORMULA_TRIGGERS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    /**
     * The rows of {@code file}, each by the header's column names.
     *
     * @throws BadInput naming the file and line when the CSV is malformed or a column is named twice
     */
    static List<Row> read(String file, byte[] content) throws BadInput {
        String text = new String(content, StandardCharsets.UTF_8);
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
                        throw new BadInput(file + " line " + quoteLine, "a quoted cell is not closed");
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
                    throw new BadInput(file + " line " + line, "text after a quoted cell's closing quote");
                }
                continue;
            }
            if (c == '"') {
                throw new BadInput(file + " line " + line, "a quote inside an unquoted cell");
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
        return rows(file, records, lines);
    }

    private static List<Row> rows(String file, List<List<String>> records, List<Integer> lines) throws BadInput {
        if (records.isEmpty()
                || records.get(0).size() == 1 && records.get(0).get(0).isBlank()) {
            throw new BadInput(file + " line 1", "a header row is required");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int column = 0; column < header.size(); column++) {
            if (header.indexOf(header.get(column)) != column) {
                throw new BadInput(
                        file + " line " + lines.get(0), "column \"" + header.get(column) + "\" appears more than once");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (cells.size() != header.size()) {
                throw new BadInput(
                        file + " line " + lines.get(r),
                        cells.size() + " cells, but the header has " + header.size() + " columns");
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                byName.put(header.get(column), cells.get(column));
            }
            rows.add(new Row(lines.get(r), byName));
        }
        return rows;
    }
}
