package be.brugwerk.network.exchange;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded ZIP archive, unpacked within bounds: at most a given number of entries, none over
 * {@value #LARGEST_ENTRY_MB} MB and all together at most {@value #LARGEST_TOTAL_MB} MB once unpacked, counted as the
 * bytes come (a ZIP's own size claims are not trusted), so a ZIP bomb stops at the limit. Files the reader does not
 * want are unpacked too, and count toward the total, but are not kept; so are the metadata files macOS adds when it
 * packs a folder (everything under {@code __MACOSX/}, and files named {@code ._<name>}), which are never data: a
 * {@code ._case_session_ego.csv} beside the real one would otherwise pass for a second export file.
 */
final class BoundedZip {

    static final int LARGEST_ENTRY_MB = 20;
    static final int LARGEST_TOTAL_MB = 50;

    /** The refusal of more entries than the bound, {@code {0}}. */
    static final String TOO_MANY_ENTRIES = "exchange.bad.zipEntries";

    /** The refusal of more entries than the bound, {@code {0}}, where a map needs three files. */
    static final String TOO_MANY_FOR_A_MAP = "exchange.bad.zipEntriesOfMap";

    /** A file of the archive: its path in the archive (folders included) and its bytes. */
    record Entry(String path, byte[] content) {

        /** The file's name without the folders it is in. */
        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private BoundedZip() {}

    /**
     * The files of {@code archive} in archive order whose path {@code wanted} accepts.
     *
     * @param tooMany why more than {@code mostEntries} entries are refused: the key of the message that says it, its
     *     argument the bound ({@link #TOO_MANY_ENTRIES}, {@link #TOO_MANY_FOR_A_MAP})
     * @throws BadInput when the archive is not a ZIP, is empty, or goes over a bound
     */
    static List<Entry> unpack(byte[] archive, int mostEntries, String tooMany, Predicate<String> wanted)
            throws BadInput {
        List<Entry> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > mostEntries) {
                    throw BadInput.of("ZIP", tooMany, String.valueOf(mostEntries));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = bounded(zip, entry.getName(), LARGEST_TOTAL_MB * 1024L * 1024 - total);
                total += content.length;
                if (!macOsMetadata(entry.getName()) && wanted.test(entry.getName())) {
                    files.add(new Entry(entry.getName(), content));
                }
            }
        } catch (ZipException | EOFException malformed) {
            throw BadInput.of(
                    "ZIP",
                    "exchange.bad.zipMalformed",
                    String.valueOf(malformed.getMessage()).replaceAll("\\s+", " "));
        } catch (IOException unreadable) {
            throw BadInput.of("ZIP", "exchange.bad.zipUnreadable", String.valueOf(unreadable.getMessage()));
        }
        if (entries == 0) {
            throw BadInput.of("ZIP", "exchange.bad.zipEmpty");
        }
        return files;
    }

    /** Whether the path is one of the metadata files macOS' archiver adds: a {@code __MACOSX} folder or {@code ._x}. */
    static boolean macOsMetadata(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || name.startsWith("._");
    }

    private static byte[] bounded(InputStream entry, String path, long left) throws IOException, BadInput {
        String name = path.substring(path.lastIndexOf('/') + 1);
        long limit = Math.min(LARGEST_ENTRY_MB * 1024L * 1024, left);
        byte[] content = entry.readNBytes((int) limit + 1);
        if (content.length > limit) {
            throw content.length > LARGEST_ENTRY_MB * 1024L * 1024
                    ? BadInput.of("ZIP " + name, "exchange.bad.zipEntryTooLarge", String.valueOf(LARGEST_ENTRY_MB))
                    : BadInput.of("ZIP " + name, "exchange.bad.zipTooLarge", String.valueOf(LARGEST_TOTAL_MB));
        }
        return content;
    }
}
