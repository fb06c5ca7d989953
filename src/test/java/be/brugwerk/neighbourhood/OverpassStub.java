package be.brugwerk.neighbourhood;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny local Overpass server (JDK HttpServer) on 127.0.0.1, never the internet: it answers {@link #body} with
 * {@link #status} (a recorded-shape Overpass JSON unless a test changes them) and keeps every query it was sent.
 */
public final class OverpassStub {

    public final List<String> queries = new CopyOnWriteArrayList<>();
    public volatile int status = 200;
    public volatile String body = OverpassAnswerUnitTests.answer();
    private final HttpServer server;

    private OverpassStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/interpreter", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            queries.add(URLDecoder.decode(form.substring("data=".length()), StandardCharsets.UTF_8));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public static OverpassStub started() throws IOException {
        return new OverpassStub();
    }

    /** The address to set as the organisation's Overpass URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/interpreter";
    }

    public void stop() {
        server.stop(0);
    }
}
