package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Thymeleaf's caches (TemplateCacheConfiguration) hold everything our templates can put in them, so that adding
 * templates cannot make them evict on every page again. Counted from the templates as Thymeleaf keys its entries:
 * an expression entry for each distinct {@code th:*} value ({@code th:each}, and {@code th:with}/{@code th:attr} as
 * assignments, kept apart), for each distinct SpEL text inside a {@code ${…}} or {@code *{…}}, and for each fragment
 * signature with parameters; a template entry for each template and, per template, for each fragment it inserts
 * ({@code ~{…}}, {@code th:replace}, {@code th:insert}). An upper bound: Thymeleaf keeps some values on the parsed
 * template instead; a value built with {@code __…__} makes a few entries more than it counts as.
 */
class TemplateCachesUnitTests {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\sth:([a-z-]+)=\"([^\"]*)\"");
    private static final Set<String> NOT_EXPRESSIONS = Set.of("fragment", "remove", "inline");
    private static final Set<String> ASSIGNMENTS = Set.of("with", "attr", "attrappend", "attrprepend");

    @Test
    void holdsEveryExpressionOfTheTemplates() {
        Set<String> expressions = expressions(templates());

        assertThat(expressions).hasSizeGreaterThan(1_000);
        assertThat(TemplateCacheConfiguration.caches().getExpressionCacheMaxSize())
                .as("expression cache entries for %d expressions", expressions.size())
                .isGreaterThanOrEqualTo(expressions.size());
    }

    @Test
    void holdsEveryTemplateAndEveryFragmentItInserts() {
        Set<String> templates = templateEntries(templates());

        assertThat(templates).hasSizeGreaterThan(templates().size());
        assertThat(TemplateCacheConfiguration.caches().getTemplateCacheMaxSize())
                .as("template cache entries for %d templates and fragment uses", templates.size())
                .isGreaterThanOrEqualTo(templates.size());
    }

    @Test
    void countsExpressionsAsThymeleafKeysThem() {
        String page = """
                <main th:fragment="page(title)">
                  <p th:text="${a.b()}" th:if="${a.b()}">x</p>
                  <p th:text="#{n(${c})}" th:each="x : ${xs}" th:with="y=*{z}">x</p>
                  <p th:text="${a.b()}" th:remove="tag">x</p>
                  <p th:replace="~{fragments/layout :: bar(~{::main})}">x</p>
                </main>""";

        assertThat(expressions(Map.of("page", page)))
                .containsExactlyInAnyOrder(
                        "expr|${a.b()}",
                        "expr|#{n(${c})}",
                        "each|x : ${xs}",
                        "aseq|y=*{z}",
                        "expr|~{fragments/layout :: bar(~{::main})}",
                        "spel|a.b()",
                        "spel|c",
                        "spel|xs",
                        "spel|z",
                        "fsig|page(title)");
        assertThat(templateEntries(Map.of("page", page)))
                .containsExactlyInAnyOrder("page", "page|fragments/layout :: bar(~{::main})", "page|::main");
    }

    static Set<String> expressions(Map<String, String> templates) {
        Set<String> keys = new HashSet<>();
        for (String text : templates.values()) {
            Matcher attribute = ATTRIBUTE.matcher(text);
            while (attribute.find()) {
                String name = attribute.group(1);
                String value = attribute.group(2);
                if (name.equals("fragment") && value.contains("(")) {
                    keys.add("fsig|" + value);
                }
                if (NOT_EXPRESSIONS.contains(name)) {
                    continue;
                }
                String kind = name.equals("each") ? "each" : ASSIGNMENTS.contains(name) ? "aseq" : "expr";
                keys.add(kind + "|" + value);
                for (String body : bodies(value, '$')) {
                    keys.add("spel|" + body);
                }
                for (String body : bodies(value, '*')) {
                    keys.add("spel|" + body);
                }
            }
        }
        return keys;
    }

    static Set<String> templateEntries(Map<String, String> templates) {
        Set<String> keys = new HashSet<>();
        templates.forEach((template, text) -> {
            keys.add(template);
            Matcher attribute = ATTRIBUTE.matcher(text);
            while (attribute.find()) {
                String value = attribute.group(2).strip();
                Set<String> fragments = bodies(value, '~');
                if ((attribute.group(1).equals("replace") || attribute.group(1).equals("insert"))
                        && !value.startsWith("~{")) {
                    fragments.add(value);
                }
                fragments.forEach(fragment -> keys.add(template + "|" + fragment));
            }
        });
        return keys;
    }

    /** The text between the braces of every {@code x{…}} in {@code value}, nested ones included. */
    static Set<String> bodies(String value, char prefix) {
        Set<String> bodies = new HashSet<>();
        for (int start = value.indexOf(prefix + "{"); start >= 0; start = value.indexOf(prefix + "{", start + 1)) {
            int depth = 0;
            boolean quoted = false;
            for (int i = start + 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '{') {
                    depth++;
                } else if (!quoted && c == '}' && --depth == 0) {
                    bodies.add(value.substring(start + 2, i).strip());
                    break;
                }
            }
        }
        return bodies;
    }

    static Map<String, String> templates() {
        try {
            Map<String, String> templates = new LinkedHashMap<>();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
                String path = resource.getURL().toString();
                String name = path.substring(
                        path.lastIndexOf("/templates/") + "/templates/".length(), path.length() - ".html".length());
                templates.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
