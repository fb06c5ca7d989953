package be.brugwerk.system.web;

import be.brugwerk.system.PathAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Decides who may before anything a request sent is read (docs/adr/0006-one-authorisation-model.md). Spring MVC
 * binds and validates a handler's arguments (a form, a JSON body, a required parameter) before the handler runs,
 * and method security checks a {@code @PreAuthorize} only when the handler is called, after that: someone who may
 * not use an endpoint learnt from a 400 what was wrong with their input instead of being refused. An interceptor runs
 * before any argument is resolved, so here, in this order:
 * <ol>
 * <li>the handler's role rule, its {@code @PreAuthorize} (on the method, else on the class), evaluated by Spring
 * Security's own manager: the rule is written once, where it is, and checked again, harmlessly, when the handler is
 * called;</li>
 * <li>the controller's {@link PathAccess}: the module API decides whether the thing the path names is within reach
 * (this organisation, this caseload, this programme), 404 otherwise.</li>
 * </ol>
 * Registered before every other interceptor, so that text checks of parameters ({@link ParameterText}) come after it.
 */
final class AuthorisationFirst implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        // the rules name roles only: arguments are not known yet, and no rule may depend on them
        Object[] noArguments = new Object[method.getMethodParameters().length];
        AuthorizationResult decision = roles.authorize(
                () -> SecurityContextHolder.getContext().getAuthentication(),
                new SimpleMethodInvocation(method.getBean(), method.getMethod(), noArguments));
        if (decision != null && !decision.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", decision);
        }
        if (method.getBean() instanceof PathAccess guarded) {
            guarded.checkAccess(new PathAccess.Path(pathVariables(request)));
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
