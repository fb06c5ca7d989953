package be.brugwerk.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The {@link ResourceUrlEncodingFilter} Boot registers for Thymeleaf, asked only about links that can be files: a
 * link a template writes ({@code @{/participants/…}}) that does not start with one of the static paths' prefixes
 * ({@code /css/}, {@code /js/}, … from {@link StaticResources#PATHS}) is passed by without a look-up. Spring's filter
 * matched every link against the five path patterns with an {@code AntPathMatcher}, which was 9.4 % of the audit
 * page's request samples (docs/region-scale.md); a link to a file still gets its content-hashed URL from Spring's
 * filter exactly as before.
 */
final class StaticLinkEncoding extends ResourceUrlEncodingFilter {

    private final List<String> prefixes;

    /** @param patterns the static paths, as {@code /css/**} or {@code /favicon*}: each is its prefix and a wildcard */
    StaticLinkEncoding(List<String> patterns) {
        this.prefixes = patterns.stream().map(StaticLinkEncoding::prefix).toList();
    }

    static String prefix(String pattern) {
        String prefix = pattern.replaceFirst("\\*+$", "");
        if (prefix.isEmpty() || prefix.equals("/") || prefix.contains("*") || prefix.contains("{")) {
            throw new IllegalArgumentException("not a prefix and a trailing wildcard: " + pattern);
        }
        return prefix;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            super.doFilter(request, response, chain); // refuses, as Spring's filter does
            return;
        }
        String contextPath = http.getContextPath();
        super.doFilter(
                request,
                response,
                (encodingRequest, encodingResponse) -> chain.doFilter(
                        encodingRequest, new StaticOnly((HttpServletResponse) encodingResponse, plain, contextPath)));
    }

    /** Whether {@code url} (as a template writes it, after the context path) may name a static file. */
    boolean mayBeStatic(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return false; // Spring's filter leaves these alone too
        }
        for (String prefix : prefixes) {
            if (url.startsWith(prefix, contextPath.length())) {
                return true;
            }
        }
        return false;
    }

    /** Sends a link to Spring's encoding only when it may name a file; any other straight to the response. */
    private final class StaticOnly extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;
        private final String contextPath;

        StaticOnly(HttpServletResponse encoding, HttpServletResponse plain, String contextPath) {
            super(encoding);
            this.plain = plain;
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            return mayBeStatic(url, contextPath) ? super.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
