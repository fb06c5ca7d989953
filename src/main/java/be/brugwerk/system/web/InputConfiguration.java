package be.brugwerk.system.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.cfg.MutableConfigOverride;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Where text comes in, it is checked once ({@link be.brugwerk.system.TextInput}): JSON request bodies by their
 * reader, form records by the binder ({@link FormText}), every other request parameter before the controller runs
 * ({@link ParameterText}), and the sign-in form before Spring Security reads it ({@link SignInText}). A page whose
 * form was refused this way, or refused as tampered, answers 400 ({@link RefusedPageStatus}). Names are cleaned of
 * the invisible characters that can disguise them, in JSON bodies by their reader and in request parameters by
 * {@link NameParameters}.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

    /**
     * A {@code null} inside a list of a body ({@code "companions": [null]}) is refused naming the element
     * ({@code companions[0]}, {@code input.nullElement}): no form sends one, and left in it would be skipped or stored
     * as nothing without a word. A map's values are left alone: there {@code null} may mean "not known".
     */
    private static final Consumer<MutableConfigOverride> NO_NULL_ELEMENTS =
            override -> override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL));

    /**
     * The JSON of request bodies is read by a mapper that checks every string. Only here: JSON the application reads
     * back from its own database goes through the plain mapper.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer textCheckingJson(JsonMapper json) {
        JsonMapper checking = json.rebuild()
                .addModule(new SimpleModule("brugwerk-text").addDeserializer(String.class, new TextDeserializer()))
                .withConfigOverride(List.class, NO_NULL_ELEMENTS)
                .withConfigOverride(Set.class, NO_NULL_ELEMENTS)
                .withConfigOverride(Collection.class, NO_NULL_ELEMENTS)
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(checking));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterText()).excludePathPatterns("/error");
        registry.addInterceptor(new RefusedPageStatus());
    }
}
