package be.brugwerk.matching.web;

import java.util.function.Function;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.Errors;

/**
 * The pages' form records read from a JSON body, with the same rules as the pages: what the rules refuse is answered
 * as one problem that names every field at fault (400), and nothing is written.
 */
final class ApiForms {

    private ApiForms() {}

    /** What {@code read} makes of the form, or a {@link BindException} naming each field its rules refused. */
    static <T> T checked(Object form, Function<Errors, T> read) throws BindException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        T value = read.apply(errors);
        if (value == null || errors.hasErrors()) {
            throw new BindException(errors);
        }
        return value;
    }
}
