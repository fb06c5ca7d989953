package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * A link a page writes is looked up as a possible file only when it starts with a static path's prefix; any other
 * is written as it is without one pattern match. (That a file's link gets its content hash is
 * {@code StaticAssetsIntegrationTests}'.)
 */
class StaticLinkEncodingUnitTests {

    private final List<String> matched = new ArrayList<>();

    @Test
    void looksUpOnlyTheLinksUnderAStaticPath() throws Exception {
        String[] links = {
            "/participants/3f2c",
            "/participants?q=an&after=1",
            "/cssx/not-a-file",
            "/css/brugwerk.css",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/favicon.svg"
        };

        List<String> written = encode("", links);

        assertThat(written)
                .as("no file resolves in this test, so every link is written as it came")
                .containsExactly(links);
        assertThat(matched)
                .as("the paths matched against the static patterns")
                .containsOnly("/css/brugwerk.css", "/webjars/htmx.org/dist/htmx.min.js", "/favicon.svg")
                .contains("/css/brugwerk.css", "/webjars/htmx.org/dist/htmx.min.js", "/favicon.svg");
    }

    @Test
    void readsThePrefixesAfterTheContextPath() throws Exception {
        encode("/brugwerk", "/brugwerk/participants", "/brugwerk/js/app.js", "/js/outside-the-application.js");

        assertThat(matched).containsOnly("/js/app.js").isNotEmpty();
    }

    @Test
    void takesEachStaticPathAsAPrefixAndAWildcard() {
        assertThat(StaticResources.PATHS.stream().map(StaticLinkEncoding::prefix))
                .containsExactly("/css/", "/js/", "/images/", "/webjars/", "/favicon");
        assertThatIllegalArgumentException().isThrownBy(() -> StaticLinkEncoding.prefix("/**"));
        assertThatIllegalArgumentException().isThrownBy(() -> StaticLinkEncoding.prefix("/files/*/raw/**"));
    }

    /** The links as a page rendered behind the filter would write them, in a request under {@code contextPath}. */
    private List<String> encode(String contextPath, String... links) throws Exception {
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setPathMatcher(new AntPathMatcher() {
            @Override
            public boolean match(String pattern, String path) {
                matched.add(path);
                return super.match(pattern, path);
            }
        });
        Map<String, ResourceHttpRequestHandler> handlers = new java.util.LinkedHashMap<>();
        for (String pattern : StaticResources.PATHS) {
            handlers.put(pattern, new ResourceHttpRequestHandler());
        }
        provider.setHandlerMap(handlers);

        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/participants");
        request.setContextPath(contextPath);
        List<String> written = new ArrayList<>();
        new StaticLinkEncoding(StaticResources.PATHS).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            // what ResourceUrlProviderExposingInterceptor does before the controller runs
            req.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
            for (String link : links) {
                written.add(((HttpServletResponse) res).encodeURL(link));
            }
        });
        return written;
    }
}
