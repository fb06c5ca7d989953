package be.brugwerk.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first, then French and English. The choice ({@code ?lang=fr}) is remembered in a cookie; without one,
 * the browser's preference decides among the three, and Dutch when it names none of them (English for the JSON
 * API under {@code /api/}, whose callers are scripts). A cookie or {@code Accept-Language} header that cannot be
 * read counts as none: anyone can send one, and the 401 of the API resolves the locale too.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("brugwerk-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale resolved = super.resolveLocale(request);
                return SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(resolved.getLanguage()))
                        .findFirst()
                        .orElse(SUPPORTED.get(0));
            }
        };
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        // a cookie that names no locale ("nl/Nowhere") is ignored like a missing one, not an error for every page
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        List<Locale.LanguageRange> preferred = preferred(request.getHeader("Accept-Language"));
        if (preferred.isEmpty()) {
            // a script that names no language gets the API's messages in English, as it always did
            return request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : SUPPORTED.get(0);
        }
        Locale best = Locale.lookup(preferred, SUPPORTED);
        return best == null ? SUPPORTED.get(0) : best;
    }

    /** The languages an {@code Accept-Language} header asks for; none when it is missing or unreadable. */
    private static List<Locale.LanguageRange> preferred(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) { // "en;q=2"
            return List.of();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // An error page must not read request parameters: the error may be that they could not be read.
        registry.addInterceptor(change).excludePathPatterns("/error");
    }
}
