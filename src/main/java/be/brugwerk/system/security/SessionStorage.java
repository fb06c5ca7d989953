package be.brugwerk.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How Spring Session keeps sessions in PostgreSQL: attributes as plain JSON values ({@link SessionValues}), never
 * Java-serialised; and adding an attribute as an upsert, so two requests of one session that both add the same
 * attribute (each loaded the session before the other saved) do not fail on the primary key.
 * See docs/adr/0009-sessions-hold-no-serialised-objects.md.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> plainSessionValues() {
        return sessions -> {
            sessions.setConversionService(SessionValues.conversionService());
            new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
        };
    }
}
