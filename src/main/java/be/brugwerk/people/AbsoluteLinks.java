package be.brugwerk.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one place that turns a path into the absolute address a mail carries. During a request it is built like the
 * pages' own links; outside one (the first-admin command) from {@code brugwerk.public-url}, else the local port.
 * When the application gets its configured public address, only this class changes.
 */
@Component
class AbsoluteLinks {

    private final String configured;
    private final String localPort;

    AbsoluteLinks(@Value("${brugwerk.public-url:}") String configured, @Value("${server.port:8080}") String localPort) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.localPort = localPort;
    }

    String of(String path) {
        if (!configured.isEmpty()) {
            return configured + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
        }
        return "http://localhost:" + localPort + path;
    }
}
