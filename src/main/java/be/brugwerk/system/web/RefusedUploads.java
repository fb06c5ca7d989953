package be.brugwerk.system.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A request refused before its body was read gets its answer and a closed connection, instead of a server thread that
 * waits for the body to read and drop it. By default Tomcat reads and drops an unread body after any answer, up to
 * {@code server.tomcat.max-swallow-size}, and for a larger body it still reads that much before closing: a client that
 * announced a body and sent nothing kept a thread waiting a whole read timeout after the refusal.
 *
 * <ul>
 *   <li>Refused as too large (413): the connection closes after the refusal, whatever the size (aborted uploads are not
 *       swallowed; Tomcat 11: {@code Request.finishRequest}). This covers the size limit's refusals, pages and API
 *       alike, and an upload refused while being read.
 *   <li>Any other answer outside 2xx (the sign-in redirect or 401 of an anonymous request, a 403 for a missing CSRF
 *       token or a role, a 400, a 404) to a request that announced its body's size ({@code Content-Length}) and has
 *       more than {@code max-swallow-size} of it unread: the same, once the whole answer is written ({@link
 *       CloseAfterRefusal}). This is the rule Tomcat already follows for a client that sent {@code Expect:
 *       100-continue}, applied to every client.
 * </ul>
 *
 * A smaller rest is still read, as Tomcat does, so that a client still sending it gets its answer rather than a reset
 * connection: an ordinary form or JSON body. A chunked body, whose size nobody knows before its last chunk, is left to
 * Tomcat as well: it reads and drops up to {@code max-swallow-size} of the body's bytes and closes the connection when
 * there is more (Tomcat 11: {@code ChunkedInputFilter.end}), so a small JSON body streamed by an API client gets its
 * answer too. Either way a silent client holds the thread at most {@code connection-timeout} per wait, and a trickling
 * one no longer than it takes to send {@code max-swallow-size}. What this costs and why the limits are what they are:
 * {@code application.yml} ({@code server.tomcat}) and {@code docs/security.md}, "Slow and silent clients".
 */
@Component
class RefusedUploads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(false));
        factory.addEngineValves(new CloseAfterRefusal());
    }

    /**
     * An engine valve, so it looks at the request once the whole pipeline is done, error page included, and before the
     * connector finishes the request (where Tomcat would read the rest of the body).
     */
    static final class CloseAfterRefusal extends ValveBase {

        CloseAfterRefusal() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            int status = response.getStatus();
            if (status >= 200 && status <= 299 || request.isAsync()) {
                return;
            }
            org.apache.coyote.Request received = request.getCoyoteRequest();
            if (received.isFinished()) {
                return;
            }
            long announced = received.getContentLengthLong();
            if (announced < 0) {
                return; // chunked: Tomcat reads up to max-swallow-size and closes when there is more
            }
            long largestSwallowed = largestSwallowed(request.getConnector().getProtocolHandler());
            if (largestSwallowed >= 0 && announced - received.getBytesRead() > largestSwallowed) {
                received.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                // Tomcat counts this an error and makes an answer under 400 (the sign-in redirect) a 500: keep it
                response.getCoyoteResponse().setStatus(status);
            }
        }

        /** {@code server.tomcat.max-swallow-size} in bytes; -1, no limit, for a protocol without one. */
        private static long largestSwallowed(ProtocolHandler protocol) {
            return protocol instanceof AbstractHttp11Protocol<?> http ? http.getMaxSwallowSize() : -1;
        }
    }
}
