package be.brugwerk.system.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Who may is decided before any other interceptor looks at the request ({@link AuthorisationFirst}). */
@Configuration(proxyBeanMethods = false)
class AuthorisationConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorisationFirst())
                .excludePathPatterns("/error")
                .order(Ordered.HIGHEST_PRECEDENCE);
    }
}
