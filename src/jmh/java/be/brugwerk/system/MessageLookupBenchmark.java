package be.brugwerk.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * One text looked up as a page does (Thymeleaf's #{...}: getMessage with the page's locale), through Boot's
 * ResourceBundleMessageSource, which asks the eleven bundles in turn, and through MessagesConfiguration's merged
 * source. The keys are all of the Dutch texts in a fixed shuffled order, so every bundle's texts are asked for, as
 * the pages together do; {@code arguments} looks up only the texts that take arguments, with arguments.
 * mvn -B -Pbench test-compile exec:exec -Dbench.args="MessageLookupBenchmark"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class MessageLookupBenchmark {

    private static final int LOOKUPS = 1000;

    private static final List<String> BASENAMES = List.of(
            "i18n/messages", "i18n/network", "i18n/coaching", "i18n/exchange", "i18n/editor", "i18n/trajectory",
            "i18n/matching", "i18n/talents", "i18n/neighbourhood", "i18n/places", "i18n/roles");

    @Param({"bundlesInTurn", "merged"})
    String source;

    @Param({"false", "true"})
    boolean arguments;

    private final Locale locale = Locale.forLanguageTag("nl");
    private final Object[] sample = {3, 2, 1, 2, 1}; // numbers: some texts choose by their arguments
    private MessageSource messages;
    private String[] keys;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(BASENAMES);
        messages = "merged".equals(source) ? MessagesConfiguration.merged(properties) : boot(properties);
        List<String> chosen = new ArrayList<>();
        for (Resource bundle :
                new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_nl.properties")) {
            Properties texts = PropertiesLoaderUtils.loadProperties(bundle);
            for (String key : texts.stringPropertyNames()) {
                if (!arguments || texts.getProperty(key).matches("(?s).*\\{\\s*\\d.*")) {
                    chosen.add(key);
                }
            }
        }
        Collections.sort(chosen);
        Collections.shuffle(chosen, new Random(2026));
        keys = new String[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            keys[i] = chosen.get(i % chosen.size());
        }
        for (String key : keys) { // the first look-up of a language loads its files: not what a page pays
            lookUp(key);
        }
    }

    /** As Boot's MessageSourceAutoConfiguration builds it from application.yml. */
    private static MessageSource boot(MessageSourceProperties properties) {
        ResourceBundleMessageSource boot = new ResourceBundleMessageSource();
        boot.setBasenames(properties.getBasename().toArray(String[]::new));
        boot.setDefaultEncoding(properties.getEncoding().name());
        boot.setFallbackToSystemLocale(false);
        boot.setAlwaysUseMessageFormat(false);
        boot.setUseCodeAsDefaultMessage(false);
        return boot;
    }

    private String lookUp(String key) {
        return messages.getMessage(key, arguments ? sample : null, locale);
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void lookUpText(Blackhole hole) {
        for (String key : keys) {
            hole.consume(lookUp(key));
        }
    }
}
