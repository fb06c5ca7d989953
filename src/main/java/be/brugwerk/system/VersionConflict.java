package be.brugwerk.system;

import java.util.OptionalInt;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else changed the same thing since it was read: answered with 409, never overwritten silently. It names
 * what changed as a message key, one per kind of thing ({@code places.conflict.place}), whose message says so in the
 * language of the request: the API's problem and the pages read it from the bundles under {@code i18n/}, as they read
 * a {@link Refusal}'s.
 *
 * <p>The exception's own message holds the key only (it ends up in logs, in no language).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class VersionConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Integer currentVersion;

    /**
     * @param messageKey the key of the message that says what was changed meanwhile, e.g.
     *        {@code places.conflict.place}
     */
    public VersionConflict(String messageKey) {
        this(messageKey, null, null);
    }

    private VersionConflict(String messageKey, Integer currentVersion, VersionConflict cause) {
        super(messageKey + ": changed by someone else meanwhile", cause);
        this.messageKey = messageKey;
        this.currentVersion = currentVersion;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The version stored now, when the one who noticed the conflict read it: a script may read it and write again. */
    public OptionalInt currentVersion() {
        return currentVersion == null ? OptionalInt.empty() : OptionalInt.of(currentVersion);
    }

    /** The same conflict, telling the version stored now. */
    public VersionConflict storedAt(int version) {
        return new VersionConflict(messageKey, version, this);
    }
}
