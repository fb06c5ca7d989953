package be.brugwerk.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What was asked cannot be done in the state the thing is in now (a matching run of the programme is already going
 * on, the buddy of a pair withdrew their consent): answered with 409. Like a {@link VersionConflict}, it says why as a
 * message key, one per kind of state ({@code matching.conflict.runInProgress}), whose message the API's problem reads
 * from the bundles under {@code i18n/} in the language of the request.
 *
 * <p>The exception's own message holds the key only (it ends up in logs, in no language).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StateConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    /** @param messageKey the key of the message that says why it cannot be done now */
    public StateConflict(String messageKey) {
        super(messageKey + ": cannot be done in the current state");
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
