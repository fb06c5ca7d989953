package be.brugwerk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.CollectionUtils;
import org.springframework.util.ResourceUtils;

/**
 * The texts users see, from the bundles {@code spring.messages.basename} lists, merged per language: a text is found
 * in one look-up instead of one per bundle. Boot's own message source (a {@code ResourceBundleMessageSource}) asked
 * the eleven bundles in turn for every text a page shows, about 3 % of a list page's time; this one, caching forever
 * as Boot's does, merges them once per language ({@code ReloadableResourceBundleMessageSource#getMergedProperties})
 * with the same precedence: the first bundle that has a text wins, and within a bundle the language's file wins over
 * the base file. Every other setting is Boot's, from the same {@code spring.messages.*} properties, so every text
 * resolves as before, with and without arguments (MergedMessagesTests compares them key by key).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    /** Named as the context looks it up; Boot's auto-configured one then steps aside. */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(MessageSourceProperties properties) {
        return merged(properties);
    }

    /** Boot's MessageSourceAutoConfiguration, setting by setting, on the merging source. */
    static ReloadableResourceBundleMessageSource merged(MessageSourceProperties properties) {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        if (!CollectionUtils.isEmpty(properties.getBasename())) {
            // ResourceBundle names are class-path names; this source loads through the context's resource loader,
            // which in a web application reads plain paths from the servlet context
            source.setBasenames(properties.getBasename().stream()
                    .map(basename -> ResourceUtils.CLASSPATH_URL_PREFIX + basename.replace('.', '/'))
                    .toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCommonMessages() != null
                && !properties.getCommonMessages().isEmpty()) {
            Properties common = new Properties();
            for (Resource resource : properties.getCommonMessages()) {
                try {
                    PropertiesLoaderUtils.fillProperties(common, resource);
                } catch (IOException e) {
                    throw new UncheckedIOException("Failed to load common messages from '%s'".formatted(resource), e);
                }
            }
            source.setCommonMessages(common);
        }
        return source;
    }
}
