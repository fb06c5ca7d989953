package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text exists in Dutch, French and English, and a Dutch or French text that equals the English one is a
 * forgotten translation — except the few words that are the same in every language.
 */
class MessagesInSyncTests {

    /** Keys whose text is rightly the same in all three languages. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "app.name",
            "language.nl",
            "language.fr",
            "language.en",
            "nav.participants",
            "nav.organisations",
            "link.label",
            // "postcode" is the Dutch word and the British English one
            "places.field.postcode",
            // "status" and "man" are the Dutch words the sources use (issue 12), and English ones too
            "consent.status",
            "accounts.status",
            "tokens.status",
            "trajectory.status",
            "trajectory.action.status",
            "matching.waiting.status",
            "matching.buddy.status",
            "matching.gender.MAN",
            "page.title",
            // the other member's name and the tie's label, "Bob (family, knows)", in every language
            "editor.tie.labelled",
            // the neighbourhood map (issue 14b): words the languages share, and a day with its hours "zaterdag
            // 09:00-12:00"
            "neighbourhood.hoursLine",
            "neighbourhood.kind.SCHOOL",
            "neighbourhood.kind.CAFE",
            "neighbourhood.kind.PARK",
            "neighbourhood.kind.SERVICE",
            "neighbourhood.kind.ASSOCIATION",
            "neighbourhood.field.latitude",
            "neighbourhood.field.longitude",
            "neighbourhood.field.source",
            // the citizen's neighbourhood map: words Dutch, French and English share
            "places.kind.PARK",
            "places.kind.CAFE",
            "places.field.longitude",
            "places.field.latitude",
            "places.pages.participant",
            "places.actions",
            // the valued roles' pages: words Dutch or French share with English
            "roles.run.score",
            "roles.field.status",
            "roles.field.actions",
            "roles.run.total",
            "roles.run.points");

    static Stream<String> bundles() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
        assertThat(english).as("message bundles under i18n/").isNotEmpty();
        return Stream.of(english)
                .map(r -> r.getFilename().replace("_en.properties", ""))
                .distinct();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void holdsTheSameKeysInEveryLanguage(String bundle) throws IOException {
        Properties en = load(bundle, "en");
        for (String language : List.of("nl", "fr")) {
            Properties other = load(bundle, language);
            assertThat(new TreeSet<>(other.stringPropertyNames()))
                    .as("keys of %s_%s against %s_en", bundle, language, bundle)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void translatesEveryText(String bundle) throws IOException {
        Properties en = load(bundle, "en");
        List<String> untranslated = new ArrayList<>();
        for (String language : List.of("nl", "fr")) {
            Properties other = load(bundle, language);
            for (Map.Entry<Object, Object> entry : other.entrySet()) {
                String key = (String) entry.getKey();
                if (!SAME_IN_EVERY_LANGUAGE.contains(key) && entry.getValue().equals(en.getProperty(key))) {
                    untranslated.add(language + ": " + key);
                }
            }
        }
        assertThat(untranslated)
                .as("texts equal to the English one in %s", bundle)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void leavesNoTextEmpty(String bundle) throws IOException {
        for (String language : List.of("nl", "fr", "en")) {
            load(bundle, language)
                    .forEach((key, value) -> assertThat(value.toString().trim())
                            .as("%s_%s: %s", bundle, language, key)
                            .isNotEmpty());
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        String path = "i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = MessagesInSyncTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
