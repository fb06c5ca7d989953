package be.brugwerk.system;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file's content for an import that reads it whole (a CSV file of needs, of providers). */
public final class Uploads {

    private Uploads() {}

    /**
     * The file's bytes.
     *
     * @param missing the message key when no file, or an empty one, was sent
     * @param unreadable the message key when the upload cannot be read
     * @throws Refusal on {@code file} with one of the two keys
     */
    public static byte[] bytes(MultipartFile file, String missing, String unreadable) {
        if (file == null || file.isEmpty()) {
            throw new Refusal("file", missing);
        }
        try {
            return file.getBytes();
        } catch (IOException unread) {
            throw new Refusal("file", unreadable);
        }
    }
}
