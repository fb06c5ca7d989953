package be.brugwerk.network.analysis;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plain-language text of a {@link Signal} in Dutch, French or English, from the message bundles
 * {@code i18n/network_nl|fr|en.properties}: key {@code signal.<code>.text}, formatted with
 * {@link MessageFormat} and the signal's figures. A support function figure becomes its name in the same
 * language ({@code function.<name>}); a list of member ids becomes a comma-separated list, a list of functions
 * their names joined with "and" ({@code list.and}). Other languages
 * fall back to English. Immutable and thread-safe.
 */
public final class SignalTexts {

    private static final String BUNDLE = "i18n.network";

    private final ResourceBundle bundle;
    private final Locale locale;

    private SignalTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale();
    }

    /** The texts for {@code locale}: Dutch, French, or English for any other language. */
    public static SignalTexts in(Locale locale) {
        ResourceBundle.Control exactly =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return new SignalTexts(ResourceBundle.getBundle(BUNDLE, locale, exactly));
        } catch (MissingResourceException unsupported) {
            return new SignalTexts(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, exactly));
        }
    }

    /** The signal's text, its placeholders filled with its figures. */
    public String text(Signal signal) {
        return format("signal." + signal.code().key() + ".text", signal.arguments());
    }

    /** The sentence's text ({@code summary.<key>}), its placeholders filled with its figures. */
    public String text(SummarySentence sentence) {
        return format("summary." + sentence.key(), sentence.arguments());
    }

    private String format(String key, Object[] figures) {
        Object[] arguments = Arrays.stream(figures).map(this::display).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private Object display(Object value) {
        if (value instanceof SupportFunction function) {
            return bundle.getString("function." + function.name().toLowerCase(Locale.ROOT));
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof SupportFunction) {
            List<String> names =
                    list.stream().map(this::display).map(String::valueOf).toList();
            return names.size() == 1
                    ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " " + bundle.getString("list.and") + " "
                            + names.get(names.size() - 1);
        }
        if (value instanceof List<?> members) {
            return String.join(", ", members.stream().map(String::valueOf).toList());
        }
        return value;
    }
}
