package be.brugwerk.people;

import org.springframework.security.access.AccessDeniedException;

/**
 * A purpose that rests on consent, and the participant has not (or no longer) agreed to it: forbidden (403),
 * like any other thing the person may not do.
 */
public class ConsentMissing extends AccessDeniedException {

    public ConsentMissing(ConsentPurpose purpose) {
        super("the participant has not agreed to " + purpose.name().toLowerCase());
    }
}
