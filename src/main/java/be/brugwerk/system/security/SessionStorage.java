package be.brugwerk.system.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * How Spring Session keeps sessions in PostgreSQL: attributes as plain JSON values ({@link SessionValues}), never
 * Java-serialised; and adding an attribute as an upsert, so two requests of one session that both add the same
 * attribute (each loaded the session before the other saved) do not fail on the primary key.
 * See docs/adr/0009-sessions-hold-no-serialised-objects.md. Requests use the store through {@link SparingSessions}:
 * one read per request, and the last-access time written once a minute.
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

    /**
     * Requests use the JDBC store through {@link SparingSessions}. Spring Boot makes the JDBC store only when no
     * other session repository is declared, so the one it makes is wrapped rather than replaced.
     */
    @Bean
    static BeanPostProcessor sparingSessionStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store ? new SparingSessions<>(store) : bean;
            }
        };
    }

    /** Just outside Spring Session's filter, so that its save at the end still finds what the request loaded. */
    @Bean
    FilterRegistrationBean<Filter> sessionReadOncePerRequest() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(SparingSessions.rememberingWhatEachRequestLoads());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }
}
