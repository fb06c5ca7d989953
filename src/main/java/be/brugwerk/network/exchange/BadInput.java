package be.brugwerk.network.exchange;

import be.brugwerk.system.Refusal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A map file (or command-line input) that cannot be used. The message is one line that starts with the line or
 * element at fault, e.g. {@code alters.csv line 4: ring: unknown value "HIGH", expected one of [INNER, MIDDLE,
 * OUTER]}; {@link #element()} is that part alone, when there is one.
 *
 * <p>What is wrong is a message key with its arguments ({@link #of}), so that a page and the API say it in the
 * language of the request ({@link #refusal()}); the exception's own message is its English text, from the same
 * bundle, for the command line and the logs. The element is data (a path in the file, a line), never translated.
 */
public final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    /** The key of a problem said only in English: the command line's own checks, which the analysis API shares. */
    static final String OTHER = "exchange.bad.other";

    private final String element;
    private final String messageKey;
    private final transient Object[] arguments;

    public BadInput(String message) {
        this(null, message, null, new Object[0]);
    }

    public BadInput(String element, String problem) {
        this(element, problem, null, new Object[0]);
    }

    private BadInput(String element, String problem, String messageKey, Object[] arguments) {
        super(element == null ? problem : element + ": " + problem);
        this.element = element;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /**
     * What is wrong with {@code element} ({@code null} for the file as a whole), as the message {@code messageKey}
     * of the bundle {@code i18n/exchange} says it with {@code arguments}.
     */
    public static BadInput of(String element, String messageKey, Object... arguments) {
        return new BadInput(element, english(messageKey, arguments), messageKey, arguments);
    }

    private static String english(String key, Object[] arguments) {
        String pattern = ResourceBundle.getBundle(
                        "i18n/exchange",
                        Locale.ENGLISH,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** The line or element at fault ({@code members[2] (member "ann")}, {@code GraphML <edge id="e3">}), or null. */
    public String element() {
        return element;
    }

    /** What is wrong, without the element, in English. */
    public String problem() {
        return element == null ? getMessage() : getMessage().substring(element.length() + 2);
    }

    /**
     * The same as a refusal naming the element as its field, for a page or the API to say in the request's language;
     * a problem said only in English (the command line's own checks, {@code ego} and a bare graph's edges, which
     * {@code POST /api/v1/analysis} shares) is given whole, and in Dutch and French says that it is English.
     */
    public Refusal refusal() {
        return messageKey == null
                ? new Refusal(element, OTHER, problem())
                : new Refusal(element, messageKey, arguments);
    }
}
