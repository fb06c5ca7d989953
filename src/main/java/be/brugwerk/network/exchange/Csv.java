package be.brugwerk.network.exchange;

import be.brugwerk.system.CsvTable;
import java.util.Arrays;
import java.util.List;

/**
 * CSV as Network Canvas writes it: {@link CsvTable}, Brugwerk's one CSV reader and writer, with its faults as a
 * {@link BadInput} that names the file and the line the row starts on, said by the message
 * {@code exchange.bad.csv.}{@link CsvTable.Fault}.
 */
final class Csv {

    private Csv() {}

    static String row(List<String> cells) {
        return CsvTable.row(cells);
    }

    static String unguarded(String value) {
        return CsvTable.unguarded(value);
    }

    /**
     * The rows of {@code file}, each by the header's column names.
     *
     * @throws BadInput naming the file and line when the CSV is malformed or a column is named twice
     */
    static List<CsvTable.Row> read(String file, byte[] content) throws BadInput {
        try {
            return CsvTable.read(content);
        } catch (CsvTable.Malformed malformed) {
            // the counts as plain numbers, as the English sentence gives them, not "1,234"
            Object[] arguments =
                    Arrays.stream(malformed.arguments()).map(String::valueOf).toArray();
            throw BadInput.of(file + " line " + malformed.line(), "exchange.bad.csv." + malformed.fault(), arguments);
        }
    }
}
