package be.brugwerk.system.events;

import java.time.Duration;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Events between modules (docs/adr/0008-events-between-modules.md): every {@link ApplicationModuleListener} runs for
 * the organisation its event names, and unfinished reactions are tried again every minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventSettings.class)
class EventConfiguration {

    /**
     * Between Modulith's completion marker (which must stay outside, so the publication is marked complete only once
     * the listener's transaction committed, on a connection of its own) and the listener's transaction (which must
     * begin with the organisation already known).
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor organisationOfEventAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true), new OrganisationOfEvent());
        advisor.setOrder(ORDER);
        return advisor;
    }

    @Bean
    UnfinishedReactions unfinishedReactions(IncompleteEventPublications incomplete, EventSettings settings) {
        return new UnfinishedReactions(incomplete, settings);
    }

    @Bean
    SchedulingConfigurer unfinishedReactionsSchedule(UnfinishedReactions reactions, EventSettings settings) {
        Duration every = settings.resubmitEvery();
        return registrar -> registrar.addFixedDelayTask(reactions::resubmit, every);
    }
}
