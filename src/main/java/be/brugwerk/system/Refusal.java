package be.brugwerk.system;

import java.util.Arrays;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Input a rule refused, naming the field at fault and why, as a message key with its arguments: the one way
 * Brugwerk says "this is not right" about what a person or a script sent. Pages show the translated message beside
 * the field (or above the form when it has no such field) and keep what was typed; the JSON API answers 400 with an
 * RFC 9457 problem that names the field, in the language of the request.
 *
 * <p>The exception's own message holds the field and the key only, never the arguments: they may be what someone
 * typed, and exception messages end up in logs.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The request attribute that holds a refusal made before any controller ran (a filter): the error page it is sent
     * to says what was refused.
     */
    public static final String REQUEST_ATTRIBUTE = Refusal.class.getName();

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;
    private final boolean tampered;

    /**
     * @param field the field at fault as the form or the JSON body names it ({@code "email"},
     *        {@code "members[2].name"}); a form that has no such field shows the message above itself
     * @param messageKey the key of the message in the bundles under {@code i18n/}
     * @param arguments the message's arguments ({@code {0}}, {@code {1}}, ...)
     */
    public Refusal(String field, String messageKey, Object... arguments) {
        this(field, messageKey, arguments, false);
    }

    private Refusal(String field, String messageKey, Object[] arguments, boolean tampered) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.tampered = tampered;
    }

    /**
     * Input no page of ours sends (an unknown choice, a malformed id, a control character): only a tampered or broken
     * request. A page answers it with 400 rather than 200.
     */
    public static Refusal tampered(String field, String messageKey, Object... arguments) {
        return new Refusal(field, messageKey, arguments, true);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public boolean tampered() {
        return tampered;
    }

    /** The same refusal about a field further down, e.g. {@code answers} within {@code measurements[0]}. */
    public Refusal under(String parent) {
        String path = field == null || field.isEmpty()
                ? parent
                : field.startsWith("[") ? parent + field : parent + "." + field;
        return new Refusal(path, messageKey, arguments, tampered);
    }

    /**
     * Shows this refusal on a form: beside its field when the form has that field, otherwise above the form. What was
     * typed stays in the form.
     */
    public void showOn(BindingResult errors) {
        // the error carries the refusal, so the page's status can follow it (a tampered one answers 400)
        ObjectError error = hasField(errors.getTarget(), field)
                ? new FieldError(
                        errors.getObjectName(),
                        field,
                        errors.getRawFieldValue(field),
                        false,
                        errors.resolveMessageCodes(messageKey, field),
                        arguments(),
                        null)
                : new ObjectError(errors.getObjectName(), errors.resolveMessageCodes(messageKey), arguments(), null);
        error.wrap(this);
        errors.addError(error);
    }

    private static boolean hasField(Object target, String field) {
        if (target == null || field == null) {
            return false;
        }
        String top = field.split("[.\\[]", 2)[0];
        if (target.getClass().isRecord()) {
            return Arrays.stream(target.getClass().getRecordComponents())
                    .anyMatch(c -> c.getName().equals(top));
        }
        return Arrays.stream(target.getClass().getDeclaredFields())
                .anyMatch(f -> f.getName().equals(top));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getMessage() + (tampered ? ", tampered" : "") + "]";
    }
}
