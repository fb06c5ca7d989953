package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/** The engine Boot builds draws pages with the caches TemplateCacheConfiguration sizes, not Thymeleaf's defaults. */
@FullStackTest
class TemplateCacheIntegrationTests {

    @Autowired
    TemplateEngine templates;

    @Test
    void drawsPagesWithCachesThatHoldEveryTemplate() {
        assertThat(templates.getCacheManager()).isInstanceOfSatisfying(StandardCacheManager.class, caches -> {
            assertThat(caches.getExpressionCacheMaxSize()).isEqualTo(TemplateCacheConfiguration.EXPRESSIONS);
            assertThat(caches.getTemplateCacheMaxSize()).isEqualTo(TemplateCacheConfiguration.TEMPLATES);
        });
    }
}
