package be.brugwerk.system;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Parts of a page that are the same for everyone who reads it in one language — labels, choices made of enum values,
 * the texts a page's script shows — drawn once per language and kept, instead of on every request. A page inserts
 * the kept HTML unescaped ({@code th:utext}).
 *
 * <p>A {@link Fragment} names a template fragment and the only values it is drawn with, which must be constants of
 * the application (enum values, never a person's, an account's or an organisation's data, never the request): the
 * fragment is drawn without a request, so it cannot reach a session, a signed-in user, a CSRF token or a link
 * ({@code @{…}}) either. Messages and templates come with the application, so what is kept cannot go stale; when
 * templates are not cached (development, {@code spring.thymeleaf.cache=false}) neither are the fragments.
 */
@Component
public class LocaleFragments {

    /**
     * A fragment drawn the same for everyone in a language.
     *
     * @param template the template that holds it
     * @param fragment the fragment's name ({@code th:fragment})
     * @param constants the values it is drawn with: application constants only
     */
    public record Fragment(String template, String fragment, Map<String, Object> constants) {

        public Fragment {
            constants = Map.copyOf(constants);
        }
    }

    private record Key(Fragment fragment, Locale locale) {}

    private final ITemplateEngine templates;
    private final boolean keep;
    private final Map<Key, String> kept = new ConcurrentHashMap<>();

    LocaleFragments(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.templates = templates;
        this.keep = keep;
    }

    /** The fragment's HTML in {@code locale}, drawn on first use in that language. */
    public String html(Fragment fragment, Locale locale) {
        return keep
                ? kept.computeIfAbsent(new Key(fragment, locale), key -> draw(key.fragment(), key.locale()))
                : draw(fragment, locale);
    }

    private String draw(Fragment fragment, Locale locale) {
        TemplateSpec spec = new TemplateSpec(fragment.template(), Set.of(fragment.fragment()), TemplateMode.HTML, null);
        return templates.process(spec, new Context(locale, fragment.constants()));
    }
}
