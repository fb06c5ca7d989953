package be.brugwerk.network.web;

import be.brugwerk.network.cli.AnalyseCommand;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** A map file sent as the request body. */
final class UploadedBody {

    private UploadedBody() {}

    /** Reads at most one byte more than the limit, so an oversized upload is refused without holding it all. */
    static byte[] read(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return body.readNBytes((int) AnalyseCommand.MAX_BYTES + 1);
        }
    }
}
