package be.brugwerk.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
}
