package be.brugwerk.system.web;

import be.brugwerk.system.MultiLine;
import be.brugwerk.system.TextInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the text of every request parameter before the controller runs, naming the parameter when it holds what no
 * text field takes: a search, a button's value, a loose form field. The fields of a validated form record
 * ({@code @Valid}) are left to {@link FormText}, which shows the refusal on the form with what was typed. Line breaks
 * pass only into a {@code @RequestParam} marked {@link MultiLine}.
 */
final class ParameterText implements HandlerInterceptor {

    /** How a parameter's text is checked. */
    private enum Kind {
        SINGLE_LINE,
        MULTI_LINE,
        FORM_FIELD
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Map<String, Kind> declared = declared(method);
        request.getParameterMap().forEach((name, values) -> {
            Kind kind = declared.getOrDefault(name, Kind.SINGLE_LINE);
            if (kind != Kind.FORM_FIELD) {
                for (String value : values) {
                    TextInput.check(name, value, kind == Kind.MULTI_LINE);
                }
            }
        });
        return true;
    }

    /** The parameters the handler declares, by name: a {@code @RequestParam} text, or a field of a validated form. */
    private static Map<String, Kind> declared(HandlerMethod method) {
        Map<String, Kind> declared = new HashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null && type == String.class) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null) {
                    declared.put(
                            name,
                            parameter.hasParameterAnnotation(MultiLine.class) ? Kind.MULTI_LINE : Kind.SINGLE_LINE);
                }
            } else if (type.isRecord()
                    && parameter.hasParameterAnnotation(Valid.class)
                    && !parameter.hasParameterAnnotation(RequestBody.class)) {
                for (var component : type.getRecordComponents()) {
                    declared.put(component.getName(), Kind.FORM_FIELD);
                }
            }
        }
        return declared;
    }
}
