package be.brugwerk.system.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Where text comes in, it is checked once ({@link be.brugwerk.system.TextInput}): JSON request bodies by their
 * reader, form records by the binder ({@link FormText}), every other request parameter before the controller runs
 * ({@link ParameterText}), and the sign-in form before Spring Security reads it ({@link SignInText}). A page whose
 * form was refused this way, or refused as tampered, answers 400 ({@link RefusedPageStatus}).
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

    /**
     * The JSON of request bodies is read by a mapper that checks every string. Only here: JSON the application reads
     * back from its own database goes through the plain mapper.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer textCheckingJson(JsonMapper json) {
        JsonMapper checking = json.rebuild()
                .addModule(new SimpleModule("brugwerk-text").addDeserializer(String.class, new TextDeserializer()))
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(checking));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterText()).excludePathPatterns("/error");
        registry.addInterceptor(new RefusedPageStatus());
    }
}
