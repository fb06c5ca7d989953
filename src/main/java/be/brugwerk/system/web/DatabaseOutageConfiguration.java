package be.brugwerk.system.web;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link DatabaseOutages} around Spring Session's filter and everything after it. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutages> databaseOutages(
            ITemplateEngine templates, LocaleResolver locales, MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<DatabaseOutages> registration =
                new FilterRegistrationBean<>(new DatabaseOutages(templates, locales, messages, json));
        // after the request's beginning (SystemConfiguration, MIN_VALUE + 10), before the session is loaded
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 20);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        return registration;
    }
}
