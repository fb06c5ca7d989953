package be.brugwerk.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else changed the same thing since it was read: answered with 409, never overwritten silently. */
@ResponseStatus(HttpStatus.CONFLICT)
public class VersionConflict extends RuntimeException {

    public VersionConflict(String what) {
        super(what + " was changed by someone else meanwhile; reload it and make your change again");
    }
}
