package be.brugwerk.system.web;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Whose {@code X-Forwarded-*} headers count: only the proxies listed in {@code BRUGWERK_TRUSTED_PROXIES}
 * (comma-separated IP addresses), none by default. Tomcat's own default trusts every private and loopback address,
 * so anyone who reaches a node directly could choose the client address that the sign-in and sign-up limits count.
 * Runs after Spring Boot has added the {@link RemoteIpValve}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9a-fA-F:.]+");

    private final String internalProxies;

    TrustedProxies(@Value("${brugwerk.trusted-proxies:}") String trustedProxies) {
        this.internalProxies = pattern(trustedProxies);
    }

    /** The addresses as Tomcat's pattern of internal proxies, or null for none. */
    static String pattern(String trustedProxies) {
        if (trustedProxies == null || trustedProxies.isBlank()) {
            return null;
        }
        return Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .map(address -> {
                    if (!IP_ADDRESS.matcher(address).matches()) {
                        throw new IllegalStateException(
                                "BRUGWERK_TRUSTED_PROXIES lists IP addresses separated by commas; not: " + address);
                    }
                    return Pattern.quote(address);
                })
                .collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(internalProxies);
                    valve.setTrustedProxies(null);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
