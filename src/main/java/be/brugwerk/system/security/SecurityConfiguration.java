package be.brugwerk.system.security;

import be.brugwerk.system.MapTiles;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Deny by default. Two filter chains: the JSON API answers problem details and never redirects; the pages
 * sign in through a form. Both carry the same security headers, including a content security policy without
 * {@code unsafe-inline}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** Brugwerk uses no camera, microphone, location, payment or sensors; no page or embedded frame may ask. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /** The one content security policy (besides Swagger UI's), with the map tiles' origin when they are configured. */
    @Bean
    ContentSecurityPolicy contentSecurityPolicy(MapTiles tiles) {
        return ContentSecurityPolicy.allowingTilesOf(tiles);
    }

    /**
     * Spring Security observes none of its own steps. With Micrometer present it would otherwise wrap every filter of
     * a chain, and every authorisation, in an observation of its own (started, stopped, events): about 4 % of a
     * signed-in page's CPU, for timers nobody reads. Requests are still timed whole ({@code http.server.requests} on
     * {@code /actuator/prometheus}); what the filters and checks decide is unchanged.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * Swagger UI sets inline styles from its own script; only its pages get a policy that allows inline styles
     * (never inline scripts). See docs/adr/0002-swagger-ui-content-security-policy.md.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Sessions keep the account id only; the person is read anew for every request (docs/adr/0009). */
    @Bean
    SessionSignInRepository sessionSignIns(JdbcClient jdbc, Clock clock) {
        return new SessionSignInRepository(jdbc, clock);
    }

    @Bean
    @Order(0)
    SecurityFilterChain swaggerUi(HttpSecurity http, SessionSignInRepository signIns) throws Exception {
        http.securityMatcher("/swagger-ui/**")
                .securityContext(context -> context.securityContextRepository(signIns))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(relativeLogin()))
                .headers(headers ->
                        isolationHeaders(headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY))
                                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            Clock clock,
            SecuritySettings settings,
            JdbcClient jdbc,
            SessionSignInRepository signIns,
            ContentSecurityPolicy policy,
            LocaleResolver locales,
            MessageSource messages)
            throws Exception {
        // in the caller's language like every other problem of the API (English when it names none): these are
        // written before any controller, where the request's locale is not set yet
        AuthenticationEntryPoint unauthorized = (request, response, e) -> ProblemResponses.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                messages.getMessage("error.unauthorized.detail", null, locales.resolveLocale(request)));
        AccessDeniedHandler forbidden = (request, response, e) -> ProblemResponses.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                messages.getMessage("error.forbidden.detail", null, locales.resolveLocale(request)));
        http.securityMatcher("/api/**")
                .securityContext(context -> context.securityContextRepository(signIns))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new BearerTokenFilter(jdbc, clock, locales, messages), BasicAuthenticationFilter.class)
                // CSRF guards ambient credentials only. A token is not sent by a browser on its own, and a call
                // without a session has no credentials to abuse: it gets its honest 401 instead.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> BearerTokenFilter.carriesAToken(request) || request.getSession(false) == null))
                .addFilterAfter(new SessionRulesFilter(clock, settings, unauthorized), BasicAuthenticationFilter.class)
                .headers(headers -> securityHeaders(headers, policy));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            Clock clock,
            SecuritySettings settings,
            SessionSignInRepository signIns,
            ContentSecurityPolicy policy)
            throws Exception {
        AuthenticationEntryPoint toLogin = relativeLogin();
        http.securityContext(context -> context.securityContextRepository(signIns))
                // after sign-in it is always the home page: no request is kept in the session to return to
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/activate",
                                "/join/*",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("PLATFORM_ADMIN") // platform-wide figures
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        // not failureUrl(...): that keeps the exception object in the session
                        .failureHandler((request, response, e) ->
                                response.sendRedirect(request.getContextPath() + "/login?error"))
                        .successHandler(new SignInSuccessHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(toLogin))
                .addFilterAfter(new SessionRulesFilter(clock, settings, toLogin), BasicAuthenticationFilter.class)
                .headers(headers -> securityHeaders(headers, policy))
                .httpBasic(basic -> basic.disable())
                // An error page of a refused post (e.g. too large to read its token) changes nothing.
                .csrf(csrf -> csrf.ignoringRequestMatchers(new DispatcherTypeRequestMatcher(DispatcherType.ERROR)));
        return http.build();
    }

    /** Redirects to "/login" as it is, never to a host taken from the request's Host or X-Forwarded-Host. */
    private static LoginUrlAuthenticationEntryPoint relativeLogin() {
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        toLogin.setFavorRelativeUris(true);
        return toLogin;
    }

    /**
     * Stylesheets, scripts, images, the favicon and webjars (the paths of {@code StaticResources}): open to all,
     * served without the session and without the database. No security context is loaded or saved, no request is
     * remembered for after sign-in, no session-rules check runs, and nothing after this chain can open the session
     * ({@link WithoutSession}); the security headers stay, but not their {@code no-store}: the resource handler says
     * how long a file may be kept.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain staticAssets(HttpSecurity http, ContentSecurityPolicy policy) throws Exception {
        http.securityMatcher("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon*")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new WithoutSession(), SecurityContextHolderFilter.class)
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                // Its filter asks whether the requested session is still valid, which loads it from the store.
                .sessionManagement(sessions -> sessions.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // nothing here changes state: the handlers answer GET and HEAD only
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> securityHeaders(headers.cacheControl(cache -> cache.disable()), policy));
        return http.build();
    }

    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, ContentSecurityPolicy policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy.value()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
        isolationHeaders(headers);
    }

    /** A window Brugwerk opens shares no browsing context with other sites, and no feature beyond the page's. */
    private static void isolationHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
    }
}
