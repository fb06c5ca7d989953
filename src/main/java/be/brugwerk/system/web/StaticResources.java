package be.brugwerk.system.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts, images, the favicon and the webjars, each under its own path, with content-hashed URLs:
 * a template's {@code @{/css/brugwerk.css}} becomes {@code /css/brugwerk-<md5 of the content>.css} (through the
 * {@code ResourceUrlEncodingFilter} Boot registers for Thymeleaf), which browsers keep for a year without asking
 * again ({@link ImmutableWhenHashed}); the plain URL still works — a script module's relative {@code import}
 * asks for it — and is revalidated every time ({@code no-cache}, answered 304 while unchanged).
 *
 * <p>Why not Boot's own handlers ({@code spring.web.resources.*}): those map the static folder at {@code /**}, so
 * the link encoding looked up every link of every page ({@code /participants/…}, the navigation, the forms) as a
 * possible file, first in the webjars and then on the class path of the fat jar — a miss is never cached. On the
 * map editor page that was more than half of its CPU time (docs/benchmarks.md, "Link encoding"). Mapped to these
 * five paths only, a link elsewhere was passed by after five pattern matches; now it is not looked up at all
 * ({@link StaticLinkEncoding}, which replaces Boot's filter and tests the paths' prefixes first).
 * {@code spring.web.resources.add-mappings} is off for the same reason.
 *
 * <p>The security filter chain for these paths touches neither the session nor the database
 * ({@code SecurityConfiguration.staticAssets}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** The paths served from files; the static security chain matches exactly these. */
    static final List<String> PATHS = List.of("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon*");

    /** For a plain URL: keep it, but ask whether it changed (ETag and Last-Modified give a 304). */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /**
     * Boot's link encoding for Thymeleaf (same name, same dispatcher types; Boot's backs off for it), asking only
     * about links under {@link #PATHS}.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticLinkEncoding(PATHS));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/css/**", "classpath:/static/css/");
        serve(registry, "/js/**", "classpath:/static/js/");
        serve(registry, "/images/**", "classpath:/static/images/");
        serve(registry, "/favicon*", "classpath:/static/");
        // Version-less webjar URLs (/webjars/htmx.org/dist/htmx.min.js) resolve through the LiteWebJarsResourceResolver
        // that the resource chain adds by itself when webjars-locator-lite is present.
        serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
    }

    private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
        // No CssLinkResourceTransformer: our stylesheets link nothing (no url()), and a transformed resource would
        // lose the year-long Cache-Control that ImmutableWhenHashed puts on it.
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(REVALIDATE)
                .resourceChain(true)
                .addResolver(new ImmutableWhenHashed(A_YEAR))
                .addResolver(new VersionResourceResolver().addVersionStrategy(new ContentVersionStrategy(), "/**"));
    }
}
