package be.brugwerk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.brugwerk.system.DemoMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A {@link WebMvcTest} slice of the controllers named, without a database: the web layer as the application has it
 * (the problems of ADR 0007, authorisation before the body is read of ADR 0006, the input binding), with the services
 * the controllers call replaced by test doubles ({@code @MockitoBean}) in the test. The security module's own filters
 * (size limit, sign-in) are Spring Security's concern and left out; who may is proven full-stack
 * (AuthorizationMatrixTests), where the real rules and row-level security decide. The caller is a volunteer coach
 * unless the test says otherwise ({@link WithMockUser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "be\\.brugwerk\\.system\\.security\\..*"))
@Import(ControllerSlice.SystemBeans.class)
@WithMockUser(roles = "VOLUNTEER_COACH")
public @interface ControllerSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    /** Requests as a script sends them. */
    final class Requests {

        private Requests() {}

        /** {@code request} with a JSON {@code body} and the CSRF token a signed-in browser session would send. */
        public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
            return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
        }
    }

    /** What the controllers and the layout's advice take from the system module's configuration. */
    @TestConfiguration(proxyBeanMethods = false)
    class SystemBeans {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        DemoMode demoMode() {
            return new DemoMode(false);
        }
    }
}
