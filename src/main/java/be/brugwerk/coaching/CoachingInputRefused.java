package be.brugwerk.coaching;

/**
 * Input a coaching rule refused, naming the field: pages show {@link #messageKey()} beside the field, the API
 * answers a problem whose {@code errors} name it (the message starts with {@code "field: "}).
 */
public class CoachingInputRefused extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public CoachingInputRefused(String field, String messageKey, String explanation) {
        super(field + ": " + explanation);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
