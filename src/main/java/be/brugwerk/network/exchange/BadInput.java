package be.brugwerk.network.exchange;

/**
 * A map file (or command-line input) that cannot be used. The message is one line that starts with the line or
 * element at fault, e.g. {@code alters.csv line 4: ring: unknown value "HIGH", expected one of [INNER, MIDDLE,
 * OUTER]}; {@link #element()} is that part alone, when there is one.
 */
public final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    private final String element;

    public BadInput(String message) {
        super(message);
        this.element = null;
    }

    public BadInput(String element, String problem) {
        super(element + ": " + problem);
        this.element = element;
    }

    /** The line or element at fault ({@code members[2] (member "ann")}, {@code GraphML <edge id="e3">}), or null. */
    public String element() {
        return element;
    }

    /** What is wrong, without the element. */
    public String problem() {
        return element == null ? getMessage() : getMessage().substring(element.length() + 2);
    }
}
