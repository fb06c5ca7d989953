package be.brugwerk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser session over real HTTP: cookies, the CSRF token of the last page, forms and JSON.
 * Redirects are not followed, so tests see exactly what the server answered. Every whole HTML page received is checked
 * to carry each id its {@code aria-describedby} attributes name ({@link DescribedByTargets}), so no full-stack test can
 * walk past a field described by a missing element.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;
    private boolean invalidInput;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(withoutQueryIfInvalid(path)))
                .header("Accept", accept)
                .GET());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(withoutQueryIfInvalid(path)))
                .header("Accept", "application/json")
                .GET());
    }

    /**
     * Runs {@code calls} with what they send spoilt, the way a broken or hostile client sends it: a page asked for
     * without its query parameters, every form value replaced by one of the wrong kind, malformed JSON, a multipart
     * form without its fields and file. Cookies and the CSRF token stay valid: the request is refused for its input,
     * or for who sent it, never for its token.
     */
    public <T> T withInvalidInput(java.util.function.Supplier<T> calls) {
        invalidInput = true;
        try {
            return calls.get();
        } finally {
            invalidInput = false;
        }
    }

    private String withoutQueryIfInvalid(String path) {
        return invalidInput && path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    /** Posts a form with extra request headers, e.g. what a client claims in X-Forwarded-For. */
    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        ensureCsrf();
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (invalidInput) {
            withToken.replaceAll((name, value) -> "not-valid");
        }
        withToken.putIfAbsent("_csrf", csrf);
        String body = withToken.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form whose fields repeat, one value a row (a table of rows), in the order given. */
    public HttpResponse<String> postRows(String path, List<Map.Entry<String, String>> fields) {
        ensureCsrf();
        String body = fields.stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> sendJson(String method, String path, String json) {
        return sendJson(method, path, json, Map.of());
    }

    /** Sends JSON with extra request headers, e.g. the language a script asks for in Accept-Language. */
    public HttpResponse<String> sendJson(String method, String path, String json, Map<String, String> headers) {
        ensureCsrf();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf);
        headers.forEach(request::header);
        return send(request.method(
                method, HttpRequest.BodyPublishers.ofString(invalidInput ? "{\"unfinished\": [" : json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (isWholePage(response)) {
                DescribedByTargets.requireAllPresent(
                        response.request().method() + " " + response.uri().getPath(), response.body());
            }
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isWholePage(HttpResponse<String> response) {
        return response.headers()
                        .firstValue("Content-Type")
                        .filter(type -> type.startsWith("text/html"))
                        .isPresent()
                && response.body().contains("<html");
    }

    /** Signs in through the login form and answers whether it worked. */
    public boolean signIn(String email, String password) {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("email", email, "password", password));
        boolean signedIn = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/");
        if (signedIn) {
            get("/"); // signing in renews the CSRF token: take the new one
        }
        return signedIn;
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(c -> c.getValue())
                .findFirst()
                .orElse(null);
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /**
     * Posts the headers of a body of {@code announcedLength} bytes with this session's cookie, then sends nothing and
     * keeps its own side of the connection open: a client that announces an upload and never sends it. The raw answer,
     * read until the server closes the connection; each read waits at most 15 s, less than Tomcat's read timeout
     * (20 s), so a server that keeps waiting for the body fails the call instead of answering late.
     */
    public String postAnnouncingOnly(String path, String contentType, String accept, long announcedLength)
            throws IOException {
        return postAnnouncingOnly(path, contentType, accept, announcedLength, "");
    }

    /** As {@link #postAnnouncingOnly(String, String, String, long)}, with this session's CSRF token in its header. */
    public String postAnnouncingOnlyWithToken(String path, String contentType, String accept, long announcedLength)
            throws IOException {
        ensureCsrf();
        return postAnnouncingOnly(path, contentType, accept, announcedLength, "X-CSRF-TOKEN: " + csrf + "\r\n");
    }

    private String postAnnouncingOnly(
            String path, String contentType, String accept, long announcedLength, String moreHeaders)
            throws IOException {
        URI address = uri(path);
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(("POST " + address.getRawPath()
                                    + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery())
                                    + " HTTP/1.1\r\nHost: " + address.getHost() + "\r\nContent-Type: " + contentType
                                    + "\r\nAccept: " + accept + "\r\nContent-Length: " + announcedLength
                                    + "\r\nCookie: SESSION=" + sessionCookie() + "\r\n" + moreHeaders + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sends a file's bytes as they are, with the CSRF token, expecting a JSON answer. */
    public HttpResponse<String> sendFile(String method, String path, String contentType, byte[] content) {
        return sendFile(method, path, contentType, content, Map.of());
    }

    /** Sends a file's bytes with extra request headers, e.g. the language a script asks for in Accept-Language. */
    public HttpResponse<String> sendFile(
            String method, String path, String contentType, byte[] content, Map<String, String> headers) {
        ensureCsrf();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf);
        headers.forEach(request::header);
        return send(request.method(method, HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Posts a multipart form, as a browser does for a form with a file: the fields, the CSRF token and one file. */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        return postMultipart(path, fields, fileField, fileName, file, "text/html");
    }

    /** As {@link #postMultipart(String, Map, String, String, byte[])}, accepting {@code accept} (the API's JSON). */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] file, String accept) {
        ensureCsrf();
        String boundary = "----brugwerk" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> withToken = new LinkedHashMap<>(invalidInput ? Map.of() : fields);
        withToken.putIfAbsent("_csrf", csrf);
        withToken.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileField != null && !invalidInput) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Downloads a file as bytes (a ZIP does not survive being read as text). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void ensureCsrf() {
        if (csrf == null) {
            get("/login");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
