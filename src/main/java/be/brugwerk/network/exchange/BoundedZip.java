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
     * @param tooMany why more than {@code mostEntries} entries are refused, for the message
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
                    throw new BadInput("ZIP", "more than " + mostEntries + " entries" + tooMany);
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
            throw new BadInput(
                    "ZIP",
                    "not a readable ZIP archive: "
                            + String.valueOf(malformed.getMessage()).replaceAll("\\s+", " "));
        } catch (IOException unreadable) {
            throw new BadInput("ZIP", "cannot be read: " + String.valueOf(unreadable.getMessage()));
        }
        if (entries == 0) {
            throw new BadInput("ZIP", "not a ZIP archive, or an empty one");
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
            throw new BadInput(
                    "ZIP " + name,
                    content.length > LARGEST_ENTRY_MB * 1024L * 1024
                            ? "over " + LARGEST_ENTRY_MB + " MB once unpacked; larger files are refused"
                            : "the files together are over " + LARGEST_TOTAL_MB
                                    + " MB once unpacked; larger maps are refused");
        }
        return content;
    }
}
