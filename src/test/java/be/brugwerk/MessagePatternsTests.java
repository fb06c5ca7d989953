package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text that takes arguments is a {@link MessageFormat} pattern (Spring formats it so once it is given
 * arguments), in every language: it formats with sample arguments, shows every argument it names, and keeps its
 * apostrophes — in a pattern a single {@code '} quotes what follows and vanishes, so "Buddy's en kandidaten van {0}"
 * shows "Buddys en kandidaten van Amina". Write {@code ''} or the typographic ’ instead.
 */
class MessagePatternsTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d");

    /** The arguments a pattern names: a pattern may leave some out (a mail's subject names fewer than its text). */
    private static final Pattern ARGUMENT_INDEX = Pattern.compile("\\{\\s*(\\d+)");

    static Stream<String> bundles() throws IOException {
        return MessagesInSyncTests.bundles();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void formatsEveryTextThatTakesArguments(String bundle) throws IOException {
        List<String> wrong = new ArrayList<>();
        int formatted = 0;
        for (String language : List.of("nl", "fr", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            for (Map.Entry<Object, Object> text : load(bundle, language).entrySet()) {
                String key = language + ": " + text.getKey();
                String pattern = (String) text.getValue();
                if (!ARGUMENT.matcher(pattern).find()) {
                    continue;
                }
                formatted++;
                if (pattern.replace("''", "").contains("'")) {
                    wrong.add(key + " has a single ' that MessageFormat swallows: " + pattern);
                    continue;
                }
                try {
                    MessageFormat format = new MessageFormat(pattern, locale);
                    Format[] formats = format.getFormatsByArgumentIndex();
                    Object[] arguments = new Object[formats.length];
                    for (int i = 0; i < formats.length; i++) {
                        arguments[i] = sample(formats[i], i);
                    }
                    String result = format.format(arguments);
                    if (result.contains("{") || result.contains("??")) {
                        wrong.add(key + " leaves a placeholder: " + result);
                    }
                    Matcher named = ARGUMENT_INDEX.matcher(pattern);
                    while (named.find()) {
                        int i = Integer.parseInt(named.group(1));
                        if (arguments[i] instanceof String name && !result.contains(name)) {
                            wrong.add(key + " does not show argument " + i + ": " + result);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    wrong.add(key + " is no pattern (" + e.getMessage() + "): " + pattern);
                }
            }
        }
        assertThat(wrong).as("patterns in %s (%d formatted)", bundle, formatted).isEmpty();
    }

    /**
     * French texts write the apostrophe as French typography does, ’ ("n’existe pas"), never the straight {@code '}:
     * one text in a hundred with a straight one reads as a slip beside the others, and in a pattern given arguments it
     * must be doubled, or it quotes what follows and vanishes ("nexiste pas") — also in a text without arguments that
     * a caller gives some. A comment may hold one.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void writesTheFrenchApostropheTypographically(String bundle) throws IOException {
        List<String> straight = new ArrayList<>();
        for (Map.Entry<Object, Object> text : load(bundle, "fr").entrySet()) {
            if (((String) text.getValue()).contains("'")) {
                straight.add(text.getKey() + "=" + text.getValue());
            }
        }
        assertThat(straight)
                .as("French texts in %s with a straight apostrophe instead of ’", bundle)
                .isEmpty();
    }

    /** A number where the pattern formats a number or chooses by one, a date for a date, else a name. */
    private static Object sample(Format format, int index) {
        if (format instanceof ChoiceFormat || format instanceof NumberFormat) {
            return 3;
        }
        if (format instanceof DateFormat) {
            return new Date(0);
        }
        return "Amina" + index;
    }

    private static Properties load(String bundle, String language) throws IOException {
        String path = "i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = MessagePatternsTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
