package be.brugwerk.system.web;

import be.brugwerk.system.MultiLine;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Checks the text fields of every validated form record ({@code @Valid}): a field that holds what no text field takes
 * ({@link TextInput}) gets the refusal beside it, and the form is shown again with what was typed, answered 400
 * ({@link RefusedPageStatus}). Line breaks pass only into a component marked {@link MultiLine}. A name arrives
 * already without the invisible characters that can disguise it ({@link NameParameters}).
 */
@ControllerAdvice
class FormText implements Validator {

    @InitBinder
    void checkText(WebDataBinder binder) {
        if (binder.getTarget() != null && binder.getTarget().getClass().isRecord()) {
            binder.addValidators(this);
        } else if (binder.getTargetType() != null
                && binder.getTargetType().toClass().isRecord()) {
            binder.addValidators(this);
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return type.isRecord();
    }

    @Override
    public void validate(Object target, Errors errors) {
        for (RecordComponent component : target.getClass().getRecordComponents()) {
            boolean multiLine = component.isAnnotationPresent(MultiLine.class);
            Object value;
            try {
                component.getAccessor().setAccessible(true); // form records are package-private, as they should be
                value = component.getAccessor().invoke(target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (value instanceof String text) {
                refuse(errors, component.getName(), TextInput.problem(text, multiLine));
            } else if (value instanceof Collection<?> texts) {
                texts.stream()
                        .filter(String.class::isInstance)
                        .map(text -> TextInput.problem((String) text, multiLine))
                        .filter(p -> p != null)
                        .findFirst()
                        .ifPresent(problem -> refuse(errors, component.getName(), problem));
            }
        }
    }

    private static void refuse(Errors errors, String field, String problem) {
        if (problem == null || errors.hasFieldErrors(field)) {
            return;
        }
        Refusal refused = Refusal.tampered(field, problem, field);
        if (errors instanceof BindingResult result) {
            refused.showOn(result);
        } else {
            errors.rejectValue(field, problem, refused.arguments(), null);
        }
    }
}
