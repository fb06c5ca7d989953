package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * A body sent chunked (its size unknown until its last chunk) with a request refused before the body is read: the
 * server reads and drops up to {@code server.tomcat.max-swallow-size} of it, as Tomcat does, so that an API client
 * streaming an ordinary JSON body gets its answer and keeps its connection; of a larger body it reads no more than that
 * and closes ({@code RefusedUploads}, docs/security.md "Slow and silent clients"). Spoken over a raw socket, so that
 * the test decides when each part of the body is sent: after the answer was read.
 */
@FullStackTest
class RefusedChunkedBodyIntegrationTests {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

    /**
     * More than the server's socket buffer can hold when it stops reading (the kernel may grow it to 32 MB here, {@code
     * net.ipv4.tcp_rmem}), on top of max-swallow-size.
     */
    private static final long FAR_MORE_THAN_BUFFERED = 64L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Value("${server.tomcat.max-swallow-size}")
    DataSize maxSwallowSize;

    @Test
    void answersASmallChunkedJsonBodyWithoutCredentialsAndKeepsTheConnection() throws IOException {
        String json = "{\"name\":\"" + "x".repeat(4 * 1024) + "\"}";
        try (Socket socket = connect()) {
            // the refusal needs no body: the client reads it after its first chunk, then sends the rest
            send(socket, chunkedPostHeaders("/api/v1/participants") + chunk(json.substring(0, 1024)));
            String refusal = readAnswer(socket.getInputStream());
            send(socket, chunk(json.substring(1024)) + "0\r\n\r\n");
            send(socket, "GET /api/v1/participants HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n");
            String next = readAnswer(socket.getInputStream());

            assertThat(refusal)
                    .startsWith("HTTP/1.1 401")
                    .contains("application/problem+json")
                    .contains("\"status\":401");
            assertThat(next).as("the same connection answers the next request").startsWith("HTTP/1.1 401");
        }
    }

    @Test
    void answersALargeChunkedBodyWithoutCredentialsAndClosesAfterReadingAtMostTheSwallowLimit() throws IOException {
        byte[] piece = new byte[64 * 1024];
        Arrays.fill(piece, (byte) 'x');
        // a small send buffer of its own, so what the client sent is close to what the server took: with the 4 MB the
        // kernel may grow it to, the client could send more than max-swallow-size to a server that read nothing
        try (Socket socket = connect(64 * 1024)) {
            send(socket, chunkedPostHeaders("/api/v1/participants"));
            String refusal = readAnswer(socket.getInputStream());
            long sent = 0;
            try {
                while (sent < FAR_MORE_THAN_BUFFERED) {
                    socket.getOutputStream().write(chunk(piece));
                    sent += piece.length;
                }
            } catch (IOException closedByTheServer) {
                // expected: the server stopped reading and closed
            }

            assertThat(refusal).startsWith("HTTP/1.1 401");
            assertThat(sent)
                    .as("the server read up to max-swallow-size, then closed without reading the rest")
                    .isGreaterThan(maxSwallowSize.toBytes())
                    .isLessThan(FAR_MORE_THAN_BUFFERED);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(15_000);
        return socket;
    }

    private Socket connect(int sendBufferSize) throws IOException {
        Socket socket = new Socket();
        socket.setSendBufferSize(sendBufferSize);
        socket.setSoTimeout(15_000);
        socket.connect(new InetSocketAddress("localhost", port));
        return socket;
    }

    private static String chunkedPostHeaders(String path) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    }

    private static String chunk(String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        return Integer.toHexString(bytes.length) + "\r\n" + data + "\r\n";
    }

    private static byte[] chunk(byte[] data) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(data.length + 16);
        chunk.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk.writeBytes(data);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunk.toByteArray();
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** One whole answer: its head, and its body by Content-Length or in chunks; fails at the end of the stream. */
    private static String readAnswer(InputStream in) throws IOException {
        String head = readLine(in);
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            head += "\r\n" + line;
        }
        StringBuilder body = new StringBuilder();
        Matcher length = CONTENT_LENGTH.matcher(head);
        if (length.find()) {
            body.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
        } else if (head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
            for (int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16);
                    size > 0;
                    size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) {
                body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                readLine(in);
            }
            readLine(in);
        }
        return head + "\r\n\r\n" + body;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection; read so far: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
