package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The merged message source (MessagesConfiguration) gives every text exactly as Boot's auto-configured one did, from
 * the same application.yml: every key of every bundle, in our three languages, in a regional variant and in a
 * language we do not have and the root locale (the base files), without arguments and with text and number arguments (quotes and
 * MessageFormat as before), and the same refusal for a key nobody has.
 */
class MergedMessagesTests {

    private static final List<Locale> LOCALES = List.of(
            Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("fr"),
            Locale.forLanguageTag("en"),
            Locale.forLanguageTag("nl-BE"),
            Locale.forLanguageTag("de"),
            Locale.ROOT);

    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[0],
            new Object[] {"‹a›", "‹b›", "‹c›", "‹d›", "‹e›", "‹f›"},
            new Object[] {0, 1, 2, 3, 4, 5},
            new Object[] {1, 2500, 3, 1, 1, 1});

    @Test
    void resolvesEveryTextAsBootsMessageSourceDid() {
        AtomicBoolean compared = new AtomicBoolean();
        List<String> differences = new ArrayList<>();
        ApplicationContextRunner application = new ApplicationContextRunner()
                .withInitializer(
                        context -> context.getEnvironment().getPropertySources().addFirst(applicationYml()))
                .withConfiguration(AutoConfigurations.of(
                        ConfigurationPropertiesAutoConfiguration.class, MessageSourceAutoConfiguration.class));
        application.run(boot -> application
                .withUserConfiguration(MessagesConfiguration.class)
                .run(ours -> {
                    MessageSource before = boot.getBean(MessageSource.class);
                    MessageSource after = ours.getBean(MessageSource.class);
                    assertThat(before).isInstanceOf(ResourceBundleMessageSource.class);
                    assertThat(after).isInstanceOf(ReloadableResourceBundleMessageSource.class);
                    differences.addAll(differences(before, after));
                    compared.set(true);
                }));
        assertThat(compared).isTrue();
        assertThat(differences).isEmpty();
    }

    static List<String> differences(MessageSource before, MessageSource after) throws IOException {
        Set<String> keys = allKeys();
        keys.add("no.such.key.anywhere");
        assertThat(keys).hasSizeGreaterThan(1000);
        List<String> differences = new ArrayList<>();
        for (Locale locale : LOCALES) {
            for (String key : keys) {
                for (Object[] arguments : ARGUMENTS) {
                    String old = outcome(() -> before.getMessage(key, arguments, locale));
                    String now = outcome(() -> after.getMessage(key, arguments, locale));
                    if (!old.equals(now)) {
                        differences.add(locale + " " + key + " " + arguments.length + ": " + old + " ≠ " + now);
                    }
                }
                String old = outcome(() -> before.getMessage(key, null, "‹default›", locale));
                String now = outcome(() -> after.getMessage(key, null, "‹default›", locale));
                if (!old.equals(now)) {
                    differences.add(locale + " " + key + " with a default: " + old + " ≠ " + now);
                }
            }
        }
        return differences;
    }

    private static String outcome(Supplier<String> message) {
        try {
            return "text: " + message.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties texts = PropertiesLoaderUtils.loadProperties(bundle);
            texts.stringPropertyNames().forEach(keys::add);
        }
        return keys;
    }

    private static PropertySource<?> applicationYml() {
        try {
            return new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"))
                    .get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
