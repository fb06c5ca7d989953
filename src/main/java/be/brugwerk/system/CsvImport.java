package be.brugwerk.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The part every CSV import shares (a file of needs, a file of De Sociale Kaart's providers): the file read strictly by
 * {@link CsvTable}, its header holding only known columns and every required one, at least one row and no more than a
 * limit. Every fault is a {@link Refusal} on {@code file} whose message names the line (and the column), so that the
 * import refuses the whole file. The messages are the import's own, under its prefix: {@code .malformed} (line, what),
 * {@code .fault} (line, column, what), {@code .empty}, {@code .tooMany} (the limit), {@code .columnUnknown} (the known
 * columns) and {@code .columnMissing} (the column); a malformed CSV's fault is {@code csvPrefix + "." + }{@link
 * CsvTable.Fault}.
 */
public final class CsvImport {

    private CsvImport() {}

    /**
     * The rows of {@code content}.
     *
     * @throws Refusal on {@code file} naming the line (and the column) at fault
     */
    public static List<CsvTable.Row> rows(
            byte[] content, String prefix, String csvPrefix, List<String> required, List<String> optional, int max) {
        CsvTable.Table table;
        try {
            table = CsvTable.table(content);
        } catch (CsvTable.Malformed malformed) {
            throw new Refusal(
                    "file",
                    prefix + ".malformed",
                    malformed.line(),
                    message(csvPrefix + "." + malformed.fault(), malformed.arguments()));
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        for (String column : table.header()) {
            if (!known.contains(column)) {
                throw fault(prefix, 1, column, message(prefix + ".columnUnknown", String.join(", ", known)));
            }
        }
        for (String column : required) {
            if (!table.header().contains(column)) {
                throw fault(prefix, 1, column, message(prefix + ".columnMissing", column));
            }
        }
        if (table.rows().isEmpty()) {
            throw new Refusal("file", prefix + ".empty");
        }
        if (table.rows().size() > max) {
            throw new Refusal("file", prefix + ".tooMany", max);
        }
        return table.rows();
    }

    /** The refusal of a line's cell as a refusal of the file, naming the line and the column. */
    public static Refusal atLine(String prefix, int line, String column, Refusal refused) {
        return fault(prefix, line, column, message(refused.messageKey(), refused.arguments()));
    }

    private static Refusal fault(String prefix, int line, String column, DefaultMessageSourceResolvable what) {
        return new Refusal("file", prefix + ".fault", line, column, what);
    }

    /** A message resolved in the reader's language when the refusal is shown. */
    public static DefaultMessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments, key);
    }
}
