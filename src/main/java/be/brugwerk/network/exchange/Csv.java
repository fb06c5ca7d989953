package be.brugwerk.network.exchange;

import be.brugwerk.system.CsvTable;
import java.util.List;

/**
 * CSV as Network Canvas writes it: {@link CsvTable}, Brugwerk's one CSV reader and writer, with its faults as a
 * {@link BadInput} that names the file and the line the row starts on.
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
            throw new BadInput(file + " line " + malformed.line(), malformed.getMessage());
        }
    }
}
