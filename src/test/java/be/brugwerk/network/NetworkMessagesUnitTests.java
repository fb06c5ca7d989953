package be.brugwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.network.analysis.SignalCode;
import be.brugwerk.network.analysis.SupportFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every signal and support function has its text, and no text loses an apostrophe to MessageFormat. (Same keys
 * in every language and real translations: MessagesInSyncTests, for all bundles.)
 */
class NetworkMessagesUnitTests {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                NetworkMessagesUnitTests.class.getResourceAsStream("/i18n/network_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void nameEverySignalAndSupportFunction() throws IOException {
        Set<String> expected = Arrays.stream(SignalCode.values())
                .map(code -> "signal." + code.key() + ".text")
                .collect(Collectors.toSet());
        Arrays.stream(SupportFunction.values())
                .forEach(function -> expected.add("function." + function.name().toLowerCase(Locale.ROOT)));

        assertThat(bundle("en").stringPropertyNames().stream()
                        .filter(key -> key.startsWith("signal.") || key.startsWith("function.")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void useOnlyPlaceholdersAndApostrophesThatMessageFormatKeeps(String language) throws IOException {
        Properties texts = bundle(language);

        assertThat(texts.stringPropertyNames()).allSatisfy(key -> {
            String text = texts.getProperty(key);
            // a plain apostrophe starts a quoted section in MessageFormat and disappears from the text
            assertThat(text).as(key).doesNotContain("'");
            assertThat(new MessageFormat(text, Locale.forLanguageTag(language)).getFormats())
                    .as(key)
                    .isNotNull();
        });
    }
}
