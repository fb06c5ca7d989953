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
 * API under {@code /api/}, whose callers are scripts).
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
        return resolver;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            // a script that names no language gets the API's messages in English, as it always did
            return request.getRequestURI().startsWith("/api/") ? Locale.ENGLISH : SUPPORTED.get(0);
        }
        Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
        return best == null ? SUPPORTED.get(0) : best;
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
