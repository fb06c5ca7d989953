package be.brugwerk.system;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every time-dependent rule reads (session timeouts, expiring links, login slow-down), so that
 * tests move time instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone(); // the users' zone, set at start-up (BrugwerkApplication)
    }

    /** Outside Spring Session's filter, so even saving the session at the end runs without an organisation. */
    @Bean
    FilterRegistrationBean<RequestUserFilter> requestBeginsFilter() {
        return registration(RequestUserFilter.beginning(), Integer.MIN_VALUE + 10);
    }

    /** Right after Spring Security's filters, which decided who the request is for. */
    @Bean
    FilterRegistrationBean<RequestUserFilter> requestUserFilter() {
        return registration(RequestUserFilter.resolving(), SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    }

    private static FilterRegistrationBean<RequestUserFilter> registration(RequestUserFilter filter, int order) {
        FilterRegistrationBean<RequestUserFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }
}
