package be.brugwerk.system.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * After refusing a request as too large (413), Tomcat closes the connection instead of reading the refused body.
 * By default it reads and drops the body after any answer, up to {@code server.tomcat.max-swallow-size}, and it does
 * so even for a body larger than that, until the limit is reached: a client that announces a large body and sends
 * nothing kept a server thread waiting for the read timeout (60 s) after the refusal. With aborted uploads not
 * swallowed, Tomcat's request, on finishing with status 413, disables the swallowing and ends the connection cleanly
 * once the refusal is sent (Tomcat 11: {@code Request.finishRequest}, {@code ActionCode.DISABLE_SWALLOW_INPUT}).
 * This covers every 413: the size limit's refusals, pages and API alike, and an upload refused while being read.
 */
@Component
class RefusedUploads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(false));
    }
}
