package be.brugwerk.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP server on 127.0.0.1 (JDK HttpServer) that stands in for an outside service in tests, so that they never
 * use the internet: it answers every request on one path with the status and JSON body set last, and keeps what each
 * request asked (the decoded query of a GET, the decoded body of a POST). Needs
 * {@code brugwerk.outside-services.allow-local=true}, which {@link FullStackTest} sets.
 */
public final class RecordedServer implements AutoCloseable {

    private final HttpServer server;
    private final String path;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body;

    public RecordedServer(String path, String body) {
        this.path = path;
        this.body = body;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, exchange -> {
            String asked = "GET".equals(exchange.getRequestMethod())
                    ? exchange.getRequestURI().getRawQuery()
                    : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(URLDecoder.decode(asked == null ? "" : asked, StandardCharsets.UTF_8));
            byte[] answer = this.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** From now on, answer with {@code status} and {@code body}. */
    public void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    /** The server's address with its path, in plain http on the loopback address. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** What each request asked, decoded, in order. */
    public List<String> requests() {
        return requests;
    }

    /** A port on 127.0.0.1 where nothing listens: a server that cannot be reached. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
