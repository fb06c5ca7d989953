package be.brugwerk.matching.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A matching run of the programme is already going on, on this node or another: answered with 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class RunInProgress extends RuntimeException {

    public RunInProgress() {
        super("A matching run of this programme is going on; wait until it is done");
    }
}
