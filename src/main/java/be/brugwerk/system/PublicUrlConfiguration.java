package be.brugwerk.system;

import be.brugwerk.system.database.DatabaseConnections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where links point: {@code BRUGWERK_PUBLIC_URL}; on the embedded database (trying Brugwerk on one machine) the local
 * address by default. With an external database the start stops without it, since a production link must never
 * depend on what a request claims its host is.
 */
@Configuration(proxyBeanMethods = false)
class PublicUrlConfiguration {

    static final String MISSING = "BRUGWERK_PUBLIC_URL is not set. With an external database Brugwerk needs the "
            + "address people reach it at, for example BRUGWERK_PUBLIC_URL=https://brugwerk.example.org, to build "
            + "the links in invitations and password resets.";

    @Bean
    PublicUrl publicUrl(
            @Value("${brugwerk.public-url:}") String configured,
            DatabaseConnections connections,
            Environment environment) {
        if (!configured.isBlank()) {
            return PublicUrl.configured(configured);
        }
        if (!connections.embedded()) {
            throw new IllegalStateException(MISSING);
        }
        // the port is known once the web server runs (a random one in tests)
        return new PublicUrl(() -> "http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
    }
}
