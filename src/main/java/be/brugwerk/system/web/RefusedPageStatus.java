package be.brugwerk.system.web;

import be.brugwerk.system.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page shown again because of input no form of ours sends (a tampered choice, a control character) answers 400,
 * whichever controller refused it: the refusal is in the model, or on one of its forms. Input a person can get wrong
 * keeps 200 (the page is the answer), and a conflict keeps the 409 its controller set.
 */
final class RefusedPageStatus implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || response.getStatus() != HttpStatus.OK.value()) {
            return;
        }
        boolean tampered = page.getModel().values().stream().anyMatch(RefusedPageStatus::tampered);
        if (tampered) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static boolean tampered(Object value) {
        if (value instanceof Refusal refused) {
            return refused.tampered();
        }
        return value instanceof BindingResult result
                && result.getAllErrors().stream()
                        .anyMatch(error -> error.contains(Refusal.class)
                                && error.unwrap(Refusal.class).tampered());
    }
}
