package be.brugwerk.matching.cli;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads a file line by line with 1-based line numbers, dropping the UTF-8 byte order mark some editors
 * put before the first line, so that it never becomes part of an id or a number.
 */
final class InputLines {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedReader reader;
    private int number;

    InputLines(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        number++;
        return number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    /** The number of the line {@link #next()} returned last. */
    int number() {
        return number;
    }
}
