package be.brugwerk.support;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint Spring MVC knows, as {@code "POST /programmes/{id}"}; a mapping without a method counts as GET. */
public final class Endpoints {

    private Endpoints() {}

    public static Set<String> of(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }
}
