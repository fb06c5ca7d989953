package be.brugwerk.system.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Thymeleaf's caches, large enough for all our templates and their expressions. Thymeleaf keeps parsed templates (one
 * entry per template, and one per fragment for each template that inserts it) and parsed expressions (the
 * {@code th:if}, {@code th:each}, {@code th:with}, {@code th:attr}, {@code th:replace} and {@code th:field} values, and
 * the SpEL behind a {@code ${…}} parsed anew, are looked up there on every render) in caches of at most 200 and 500
 * entries by default, evicted first in, first out. The 135 pages the demo's users reach by links use 288 template
 * entries and 2,947 expressions, so with those sizes each page evicted what the next one needed: a third of the
 * expression look-ups and a quarter of the template look-ups missed, pass after pass, and each miss parsed again (a
 * re-parsed SpEL expression also starts interpreted again, losing what the SpEL compiler had compiled). The sizes
 * here hold every expression and fragment use the templates have (4,293 and 462 counted), with room to grow;
 * TemplateCachesUnitTests counts them from the templates and fails when they outgrow these sizes. Measured in
 * docs/benchmarks.md, "Thymeleaf's expression cache".
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

    static final int EXPRESSIONS = 10_000;
    static final int TEMPLATES = 1_000;

    /** Boot builds the engine with Thymeleaf's default caches and has no setting for their sizes. */
    @Bean
    static BeanPostProcessor templateCaches() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof TemplateEngine engine) {
                    engine.setCacheManager(caches());
                }
                return bean;
            }
        };
    }

    static StandardCacheManager caches() {
        StandardCacheManager caches = new StandardCacheManager();
        caches.setExpressionCacheMaxSize(EXPRESSIONS);
        caches.setTemplateCacheMaxSize(TEMPLATES);
        return caches;
    }
}
