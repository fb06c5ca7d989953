package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Templates hold no words a person reads: every visible text and every readable attribute (alt, title,
 * placeholder, aria-label) comes from the message bundles. Placeholder text inside an element whose content
 * Thymeleaf replaces ({@code th:text}, {@code th:replace}, ...) is fine: it never reaches a browser.
 */
class TemplatesHaveNoLiteralTextTests {

    private static final Pattern TEXT_AFTER_TAG = Pattern.compile("<([a-zA-Z][^>]*)>([^<]*)");
    private static final Pattern READABLE_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|placeholder|aria-label)=\"([^\"]*)\"");
    private static final Pattern REPLACED_CONTENT = Pattern.compile("\\sth:(text|utext|replace|insert|each|errors)=");

    static Stream<Resource> templates() throws IOException {
        return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
    }

    @Test
    void findsTemplates() throws IOException {
        assertThat(templates()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void showsNoLiteralText(Resource template) throws IOException {
        assertThat(literalTexts(template.getContentAsString(StandardCharsets.UTF_8)))
                .as(template.getFilename())
                .isEmpty();
    }

    @Test
    void catchesLiteralTextItWasMadeToFind() {
        assertThat(literalTexts("<p>Hallo</p><img alt=\"Kaart\"><p th:text=\"#{x}\">fine</p>"))
                .containsExactly("Hallo", "alt=Kaart");
    }

    static List<String> literalTexts(String html) {
        String visible = html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("(?s)<title[^>]*th:(text|replace)[^>]*>.*?</title>", "");
        List<String> found = new ArrayList<>();
        Matcher text = TEXT_AFTER_TAG.matcher(visible);
        while (text.find()) {
            String tag = text.group(1);
            String content = text.group(2).trim();
            if (content.matches(".*\\p{L}.*")
                    && !REPLACED_CONTENT.matcher(" " + tag).find()) {
                found.add(content);
            }
        }
        Matcher attribute = READABLE_ATTRIBUTE.matcher(visible);
        while (attribute.find()) {
            if (attribute.group(2).matches(".*\\p{L}.*")) {
                found.add(attribute.group(1) + "=" + attribute.group(2));
            }
        }
        return found;
    }
}
